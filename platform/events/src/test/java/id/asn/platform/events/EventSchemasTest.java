package id.asn.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.events.appraisal.AppraisalObjectionDecidedV1;
import id.asn.platform.events.career.CareerAwardGrantedV1;
import id.asn.platform.events.career.CareerPromotedV1;
import id.asn.platform.events.career.CareerTalentBoxChangedV1;
import id.asn.platform.events.competency.CompetencyAssessedV1;
import id.asn.platform.events.competency.CompetencyGapChangedV1;
import id.asn.platform.events.employee.EmployeeChangedV1;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.events.training.TrainingAttendanceRecordedV1;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.events.training.TrainingEnrolledV1;
import id.asn.platform.events.training.TrainingFollowUpAnsweredV1;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contract: what Jackson makes of each v1 record must satisfy the JSON Schema shipped for its type,
 * and each schema must describe every field the record has (additionalProperties is open, so a renamed field
 * would otherwise slip through unnoticed).
 */
class EventSchemasTest {

    private static final String SCHEMA_BASE = "https://asn.local/schemas/";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    // $ids are https://asn.local/schemas/...; the mapping keeps resolution of $refs on the classpath.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:schemas/")));

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    private static final String NIP = "198609262015051001";
    private static final String NIP_PEREMPUAN = "199003152019032005";
    private static final String NIP_ATASAN = "197805122003121002";

    private static final EmployeeSnapshot BUDI = new EmployeeSnapshot(NIP, "Budi Santoso, S.Sos.", "PNS", "MALE",
            LocalDate.of(1986, 9, 26), "plg-bkpsdm-bid-pengembangan",
            "Bidang Pengembangan Kompetensi, BKPSDM Kota Palembang", "plg-pos-analis-sdm-01",
            "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "JF_AHLI_PERTAMA", NIP_ATASAN, "III/b",
            "S1 Administrasi Negara", LocalDate.of(2015, 5, 1), true);

    /** A newly synced PPPK with only what is always known: every nullable field is null. */
    private static final EmployeeSnapshot SITI_BARU = new EmployeeSnapshot("200012312024212001",
            "Siti Rahmawati", "PPPK", "FEMALE", LocalDate.of(2000, 12, 31), "tpi-dinkes", "Dinas Kesehatan Kota Tanjungpinang",
            null, null, null, null, null, null, null, true);

    /** Per type: one instance with every field filled, one with every nullable field null. */
    static Stream<Arguments> samples() {
        Map<EventType<?>, List<Object>> samples = Map.ofEntries(
                Map.entry(EventTypes.EMPLOYEE_REGISTERED, List.of(
                        new EmployeeRegisteredV1(BUDI),
                        new EmployeeRegisteredV1(SITI_BARU))),
                Map.entry(EventTypes.EMPLOYEE_CHANGED, List.of(
                        new EmployeeChangedV1(BUDI, List.of("rank", "supervisorNip")),
                        new EmployeeChangedV1(SITI_BARU, List.of("active")))),
                Map.entry(EventTypes.COMPETENCY_ASSESSED, List.of(
                        new CompetencyAssessedV1("asm-2025-000142", NIP, "ASSESSMENT_CENTRE",
                                "UPT Penilaian Kompetensi Pegawai BKN", LocalDate.of(2025, 3, 12),
                                LocalDate.of(2028, 3, 11), "asm-2024-000077",
                                List.of(new CompetencyAssessedV1.Score("M1", new BigDecimal("3.00")),
                                        new CompetencyAssessedV1.Score("SK1", new BigDecimal("2.50")))),
                        new CompetencyAssessedV1("asm-2025-000143", NIP, "SELF", null, LocalDate.of(2025, 3, 1),
                                null, null, List.of(new CompetencyAssessedV1.Score("M4", new BigDecimal("4"))))
                )),
                Map.entry(EventTypes.COMPETENCY_GAP_CHANGED, List.of(
                        new CompetencyGapChangedV1(NIP, "plg-bkpsdm-bid-pengembangan", "plg-pos-analis-sdm-01",
                                new BigDecimal("88.89"), List.of(
                                new CompetencyGapChangedV1.Gap("M4", "Orientasi pada Hasil", "MANAJERIAL", 3,
                                        new BigDecimal("2.50"), new BigDecimal("0.50"), false))),
                        new CompetencyGapChangedV1(NIP, "plg-bkpsdm-bid-pengembangan", "plg-pos-analis-sdm-01",
                                null, List.of(
                                new CompetencyGapChangedV1.Gap("M8", "Pengambilan Keputusan", "MANAJERIAL", 3,
                                        null, new BigDecimal("3"), true))))),
                Map.entry(EventTypes.TRAINING_ENROLLED, List.of(
                        new TrainingEnrolledV1("enr-2025-00871", NIP_PEREMPUAN, "prg-pkp-2025",
                                "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II", "ses-pkp-2025-02",
                                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 9, 26), true))),
                Map.entry(EventTypes.TRAINING_ATTENDANCE_RECORDED, List.of(
                        new TrainingAttendanceRecordedV1("enr-2025-00871", NIP_PEREMPUAN, "ses-pkp-2025-02",
                                "mtg-pkp-2025-02-014", LocalDate.of(2025, 6, 20), "LATE"))),
                Map.entry(EventTypes.TRAINING_COMPLETED, List.of(
                        new TrainingCompletedV1("enr-2025-00871", NIP_PEREMPUAN, "prg-pkp-2025",
                                "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II", "PELATIHAN_KLASIKAL",
                                "BPSDM Provinsi Sumatera Selatan",
                                List.of(new TrainingCompletedV1.TargetCompetency("M4", 3)), new BigDecimal("321"),
                                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 9, 26), "PKP/II/2025/BPSDM-SS/0142",
                                true),
                        new TrainingCompletedV1("enr-2025-00902", NIP, "prg-ekinerja-elearning",
                                "E-Learning Pengelolaan Kinerja ASN", "PELATIHAN_NONKLASIKAL", null, List.of(),
                                new BigDecimal("2.5"), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 3),
                                "EL/2025/0902", null))),
                Map.entry(EventTypes.TRAINING_COMPLETION_CORRECTED, List.of(
                        new TrainingCompletionCorrectedV1("enr-2025-00871", NIP_PEREMPUAN, 2, false, "prg-pkp-2025",
                                "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II", "PELATIHAN_KLASIKAL",
                                "BPSDM Provinsi Sumatera Selatan",
                                List.of(new TrainingCompletedV1.TargetCompetency("M4", 3)), BigDecimal.ZERO,
                                LocalDate.of(2025, 6, 2), null, null, "PKP/II/2025/BPSDM-SS/0142",
                                "Daftar hadir manual 14 Juni menunjukkan peserta tidak hadir", true),
                        new TrainingCompletionCorrectedV1("enr-2025-00902", NIP, 3, true, "prg-ekinerja-elearning",
                                "E-Learning Pengelolaan Kinerja ASN", "PELATIHAN_NONKLASIKAL", null, List.of(),
                                new BigDecimal("2.5"), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 3),
                                "EL/2025/0902-R", null, "Nilai post-test dikoreksi penyelenggara", null))),
                Map.entry(EventTypes.TRAINING_FOLLOW_UP_ANSWERED, List.of(
                        new TrainingFollowUpAnsweredV1("fu-2025-00871", NIP_PEREMPUAN, NIP_ATASAN, "enr-2025-00871",
                                "prg-pkp-2025", "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II",
                                LocalDate.of(2025, 9, 26), LocalDate.of(2025, 12, 26), LocalDate.of(2026, 1, 8),
                                List.of(new TrainingFollowUpAnsweredV1.Observation("M4", 3, 3, "APPLIED",
                                                "Menetapkan target triwulan seksi dan memantaunya setiap minggu."),
                                        new TrainingFollowUpAnsweredV1.Observation("M8", 3, 1, "NOT_APPLIED",
                                                "Masih menunggu arahan untuk setiap keputusan rutin."))))),
                Map.entry(EventTypes.APPRAISAL_FINALIZED, List.of(
                        new AppraisalFinalizedV1("apr-2024-plg-00391", NIP, 2024, "ANNUAL", LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31), "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "BAIK",
                                LocalDate.of(2025, 1, 15), "u-plg-bkpsdm-bid-pengembangan", NIP_PEREMPUAN, 1),
                        new AppraisalFinalizedV1("apr-2024-plg-00391", NIP, 2024, "ANNUAL", LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31), "DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SANGAT_BAIK",
                                LocalDate.of(2025, 2, 10), "u-plg-bkpsdm-bid-pengembangan", NIP_PEREMPUAN, 2))),
                Map.entry(EventTypes.APPRAISAL_OBJECTION_DECIDED, List.of(
                        new AppraisalObjectionDecidedV1("obj-2025-plg-0007", "apr-2024-plg-00391", NIP, "ACCEPTED",
                                "BAIK", "SANGAT_BAIK", LocalDate.of(2025, 2, 10)),
                        new AppraisalObjectionDecidedV1("obj-2025-plg-0008", "apr-2024-plg-00392", NIP_PEREMPUAN,
                                "REJECTED", "BUTUH_PERBAIKAN", null, LocalDate.of(2025, 2, 11)))),
                Map.entry(EventTypes.CAREER_PROMOTED, List.of(
                        new CareerPromotedV1(NIP, "III/b", "III/c", "REGULER", LocalDate.of(2025, 4, 1),
                                "800.1.3.3/0412/BKPSDM/2025"),
                        new CareerPromotedV1(NIP, "III/c", "III/d", "PILIHAN_FUNGSIONAL", LocalDate.of(2027, 10, 1),
                                null))),
                Map.entry(EventTypes.CAREER_TALENT_BOX_CHANGED, List.of(
                        new CareerTalentBoxChangedV1(NIP, 2025, 5, 7, "DI_ATAS_EKSPEKTASI", "MENENGAH"),
                        new CareerTalentBoxChangedV1(NIP_PEREMPUAN, 2025, null, 8, "SESUAI_EKSPEKTASI", "TINGGI"))),
                Map.entry(EventTypes.CAREER_AWARD_GRANTED, List.of(
                        new CareerAwardGrantedV1(NIP_ATASAN, "SATYALANCANA_KARYA_SATYA_XX", LocalDate.of(2025, 8, 17),
                                "Keppres 64/TK/2025"),
                        new CareerAwardGrantedV1(NIP_ATASAN, "SATYALANCANA_KARYA_SATYA_XX", LocalDate.of(2025, 8, 17),
                                null))));
        assertThat(samples.keySet()).as("a sample for every event type").containsExactlyInAnyOrderElementsOf(
                EventTypes.ALL);
        return EventTypes.ALL.stream().flatMap(type -> samples.get(type).stream()
                .map(sample -> Arguments.of(type.name(), type, sample)));
    }

    static Stream<Arguments> types() {
        return EventTypes.ALL.stream().map(type -> Arguments.of(type.name(), type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyTypeHasASchemaWithItsIdAndAnExample(String name, EventType<?> type) {
        JsonNode schema = readResource(type.schemaResource());

        assertThat(schema.path("$id").asText()).isEqualTo(SCHEMA_BASE + name + ".json");
        assertThat(schema.path("title").asText()).isEqualTo(type.dataClass().getSimpleName());
        assertThat(schema.path("description").asText()).as("who publishes and when").contains("Published by");
        assertThat(schema.path("additionalProperties").asBoolean(false)).as("schemas only grow").isTrue();
        assertThat(schema.path("examples")).as("one realistic example").hasSize(1);
    }

    @ParameterizedTest(name = "{0} [{index}]")
    @MethodSource("samples")
    void serialisedRecordConformsToItsSchema(String name, EventType<?> type, Object sample) {
        JsonNode data = MAPPER.valueToTree(sample);

        assertThat(schemaOf(type).validate(data)).isEmpty();
    }

    @ParameterizedTest(name = "{0} [{index}]")
    @MethodSource("samples")
    void schemaDescribesEveryFieldJacksonWrites(String name, EventType<?> type, Object sample) {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(MAPPER.valueToTree(sample), readResource(type.schemaResource()), "$", undescribed);

        assertThat(undescribed).as("fields the record has but the schema does not describe").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void schemaExamplesConformAndReadBackIntoTheRecord(String name, EventType<?> type) throws IOException {
        JsonNode example = readResource(type.schemaResource()).path("examples").get(0);

        assertThat(schemaOf(type).validate(example)).isEmpty();
        // The example is also what a consumer's Jackson must be able to read.
        assertThat(MAPPER.treeToValue(example, type.dataClass())).isNotNull();
    }

    @Test
    void envelopeExampleAndASerialisedEnvelopeConformToTheCloudEventSchema() {
        JsonNode envelopeSchema = readResource("/schemas/cloudevent.json");
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + "cloudevent.json"), CONFIG);
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, "7d0c2f5e-1b8a-4e3c-9a6f-2c4d5e6f7a8b",
                "/career-service", EventTypes.CAREER_PROMOTED.name(), NIP,
                OffsetDateTime.parse("2025-04-01T08:00:00+07:00"), CloudEvent.JSON, "palembang", null,
                MAPPER.valueToTree(new CareerPromotedV1(NIP, "III/b", "III/c", "REGULER", LocalDate.of(2025, 4, 1),
                        null)));

        assertThat(schema.validate(envelopeSchema.path("examples").get(0))).isEmpty();
        assertThat(schema.validate(MAPPER.valueToTree(event))).isEmpty();
    }

    @Test
    void missingRequiredFieldIsReportedByName() {
        ObjectNode data = MAPPER.valueToTree(new TrainingCompletedV1("enr-2025-00871", NIP_PEREMPUAN,
                "prg-pkp-2025", "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II", "PELATIHAN_KLASIKAL", null,
                List.of(), new BigDecimal("321"), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 9, 26), "PKP/0142",
                false));
        data.remove("jp");

        Set<ValidationMessage> errors = schemaOf(EventTypes.TRAINING_COMPLETED).validate(data);

        assertThat(errors).extracting(ValidationMessage::getType, ValidationMessage::getProperty)
                .containsExactly(tuple("required", "jp"));
    }

    @Test
    void nullInARequiredFieldAndAMalformedNipOrDateAreReported() {
        ObjectNode data = MAPPER.valueToTree(new AppraisalFinalizedV1("apr-2024-plg-00391", "19860926 201505 1 001",
                2024, "ANNUAL", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "DI_ATAS_EKSPEKTASI",
                "SESUAI_EKSPEKTASI", null, LocalDate.of(2025, 1, 15), "u-plg-bkpsdm-bid-pengembangan",
                NIP_PEREMPUAN, 1));
        data.put("finalizedOn", "15-01-2025");

        Set<ValidationMessage> errors = schemaOf(EventTypes.APPRAISAL_FINALIZED).validate(data);

        // containsOnly: a null predikat breaks both its type and its enum.
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .containsOnly("$.nip", "$.predikat", "$.finalizedOn");
    }

    private static JsonSchema schemaOf(EventType<?> type) {
        return FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + type.name() + ".json"), CONFIG);
    }

    private static JsonNode readResource(String path) {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream(path)) {
            assertThat(in).as("classpath resource %s", path).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the instance alongside its schema, following $refs to sibling schema files. */
    private static void collectUndescribed(JsonNode instance, JsonNode schema, String path, List<String> undescribed) {
        if (schema.has("$ref")) {
            collectUndescribed(instance, readResource("/schemas/" + schema.get("$ref").asText()), path, undescribed);
        } else if (instance.isObject()) {
            instance.fields().forEachRemaining(field -> {
                JsonNode property = schema.path("properties").path(field.getKey());
                if (property.isMissingNode()) {
                    undescribed.add(path + "." + field.getKey());
                } else {
                    collectUndescribed(field.getValue(), property, path + "." + field.getKey(), undescribed);
                }
            });
        } else if (instance.isArray()) {
            for (int i = 0; i < instance.size(); i++) {
                collectUndescribed(instance.get(i), schema.path("items"), path + "[" + i + "]", undescribed);
            }
        }
    }
}
