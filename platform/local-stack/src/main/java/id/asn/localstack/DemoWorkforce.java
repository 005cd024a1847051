package id.asn.localstack;

import id.asn.localstack.DemoNips.Gender;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The organisation and the people of one demo agency, generated from a seed so that every load of the same
 * agency produces the same units, positions and employees (same NIPs, names, ranks). Pure: no I/O.
 *
 * <p>The supervisor and employee of the demo identities hold fixed NIPs: the supervisor heads the competency
 * development division of the BKPSDM, the employee is one of its Analis SDM Aparatur and reports to them.
 */
final class DemoWorkforce {

    record Unit(String code, String name, String parentCode) {
    }

    /**
     * @param reportsTo the position whose holder supervises this one's holders; null for the Sekretaris Daerah
     * @param minSeats  holders at least; heads have exactly one
     * @param maxSeats  holders at most
     */
    record Position(String code, String title, String positionClass, String unitCode, String reportsTo,
                    int minSeats, int maxSeats) {
        boolean isHead() {
            return maxSeats == 1;
        }
    }

    /** One employee as the HR system exports it; {@code tmt} is null for PPPK (the year is in the NI PPPK). */
    record Person(String nip, String legacyNip, String name, Gender gender, String employeeType, String unitCode,
                  String positionCode, String positionClass, String supervisorNip, String rank, String education,
                  LocalDate tmt) {
    }

    static final String SUPERVISOR_POSITION = "BKPSDM-PKA-KABID";
    static final String EMPLOYEE_POSITION = "BKPSDM-PKA-ASDMA";

    static final List<Unit> UNITS = List.of(
            new Unit("SETDA", "Sekretariat Daerah", null),
            new Unit("SETDA-ORG", "Bagian Organisasi", "SETDA"),
            new Unit("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", null),
            new Unit("BKPSDM-PKA", "Bidang Pengembangan Kompetensi Aparatur", "BKPSDM"),
            new Unit("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", null),
            new Unit("DINKES", "Dinas Kesehatan", null),
            new Unit("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan", null),
            new Unit("DISKOMINFO", "Dinas Komunikasi dan Informatika", null));

    static final List<Position> POSITIONS = List.of(
            new Position("SETDA-SEKDA", "Sekretaris Daerah", "JPT_PRATAMA", "SETDA", null, 1, 1),
            new Position("SETDA-KASUBAG", "Kepala Subbagian Tata Usaha Pimpinan", "PENGAWAS", "SETDA",
                    "SETDA-SEKDA", 1, 1),
            new Position("SETDA-AHUKUM", "Analis Hukum Ahli Pertama", "JF_AHLI_PERTAMA", "SETDA", "SETDA-SEKDA", 4, 6),
            new Position("SETDA-PELAKSANA", "Pengadministrasi Perkantoran", "PELAKSANA", "SETDA", "SETDA-KASUBAG", 12, 20),
            new Position("SETDA-ORG-KABAG", "Kepala Bagian Organisasi", "ADMINISTRATOR", "SETDA-ORG", "SETDA-SEKDA",
                    1, 1),
            new Position("SETDA-ORG-AKEB", "Analis Kebijakan Ahli Pertama", "JF_AHLI_PERTAMA", "SETDA-ORG",
                    "SETDA-ORG-KABAG", 3, 5),
            new Position("SETDA-ORG-PELAKSANA", "Penata Layanan Operasional", "PELAKSANA", "SETDA-ORG",
                    "SETDA-ORG-KABAG", 6, 10),
            new Position("BKPSDM-KEPALA", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                    "JPT_PRATAMA", "BKPSDM", "SETDA-SEKDA", 1, 1),
            new Position("BKPSDM-KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", "PENGAWAS", "BKPSDM",
                    "BKPSDM-KEPALA", 1, 1),
            new Position("BKPSDM-PELAKSANA", "Pengelola Data Kepegawaian", "PELAKSANA", "BKPSDM", "BKPSDM-KASUBAG", 12, 18),
            new Position(SUPERVISOR_POSITION, "Kepala Bidang Pengembangan Kompetensi Aparatur", "ADMINISTRATOR",
                    "BKPSDM-PKA", "BKPSDM-KEPALA", 1, 1),
            new Position(EMPLOYEE_POSITION, "Analis Sumber Daya Manusia Aparatur Ahli Pertama", "JF_AHLI_PERTAMA",
                    "BKPSDM-PKA", SUPERVISOR_POSITION, 5, 8),
            new Position("BKPSDM-PKA-PELAKSANA", "Pengelola Pengembangan Kompetensi", "PELAKSANA", "BKPSDM-PKA",
                    SUPERVISOR_POSITION, 5, 8),
            new Position("BAPPEDA-KEPALA", "Kepala Badan Perencanaan Pembangunan Daerah", "JPT_PRATAMA", "BAPPEDA",
                    "SETDA-SEKDA", 1, 1),
            new Position("BAPPEDA-KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", "PENGAWAS", "BAPPEDA",
                    "BAPPEDA-KEPALA", 1, 1),
            new Position("BAPPEDA-PERENCANA", "Perencana Ahli Pertama", "JF_AHLI_PERTAMA", "BAPPEDA",
                    "BAPPEDA-KEPALA", 6, 10),
            new Position("BAPPEDA-PELAKSANA", "Pengolah Data Perencanaan", "PELAKSANA", "BAPPEDA", "BAPPEDA-KASUBAG", 12, 18),
            new Position("DINKES-KEPALA", "Kepala Dinas Kesehatan", "JPT_PRATAMA", "DINKES", "SETDA-SEKDA", 1, 1),
            new Position("DINKES-KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", "PENGAWAS", "DINKES",
                    "DINKES-KEPALA", 1, 1),
            new Position("DINKES-ADMKES", "Administrator Kesehatan Ahli Pertama", "JF_AHLI_PERTAMA", "DINKES",
                    "DINKES-KEPALA", 6, 10),
            new Position("DINKES-PELAKSANA", "Pengadministrasi Layanan Kesehatan", "PELAKSANA", "DINKES",
                    "DINKES-KASUBAG", 20, 32),
            new Position("DISDIKBUD-KEPALA", "Kepala Dinas Pendidikan dan Kebudayaan", "JPT_PRATAMA", "DISDIKBUD",
                    "SETDA-SEKDA", 1, 1),
            new Position("DISDIKBUD-KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", "PENGAWAS", "DISDIKBUD",
                    "DISDIKBUD-KEPALA", 1, 1),
            new Position("DISDIKBUD-PAMONG", "Pamong Budaya Ahli Pertama", "JF_AHLI_PERTAMA", "DISDIKBUD",
                    "DISDIKBUD-KEPALA", 4, 6),
            new Position("DISDIKBUD-PELAKSANA", "Pengelola Data Pendidikan", "PELAKSANA", "DISDIKBUD",
                    "DISDIKBUD-KASUBAG", 20, 32),
            new Position("DISKOMINFO-KEPALA", "Kepala Dinas Komunikasi dan Informatika", "JPT_PRATAMA",
                    "DISKOMINFO", "SETDA-SEKDA", 1, 1),
            new Position("DISKOMINFO-KASUBAG", "Kepala Subbagian Umum dan Kepegawaian", "PENGAWAS", "DISKOMINFO",
                    "DISKOMINFO-KEPALA", 1, 1),
            new Position("DISKOMINFO-PRAKOM", "Pranata Komputer Ahli Pertama", "JF_AHLI_PERTAMA", "DISKOMINFO",
                    "DISKOMINFO-KEPALA", 6, 10),
            new Position("DISKOMINFO-PELAKSANA", "Pengelola Layanan Informasi", "PELAKSANA", "DISKOMINFO",
                    "DISKOMINFO-KASUBAG", 12, 18));

    /** The study field of a functional position's holders, by position code; others draw from GENERAL_STUDIES. */
    private static final Map<String, List<String>> STUDIES = Map.of(
            "SETDA-AHUKUM", List.of("Hukum"),
            "SETDA-ORG-AKEB", List.of("Ilmu Pemerintahan", "Administrasi Negara"),
            EMPLOYEE_POSITION, List.of("Psikologi", "Manajemen Sumber Daya Manusia"),
            "BAPPEDA-PERENCANA", List.of("Ekonomi Pembangunan", "Perencanaan Wilayah dan Kota"),
            "DINKES-ADMKES", List.of("Kesehatan Masyarakat"),
            "DISDIKBUD-PAMONG", List.of("Sejarah", "Antropologi"),
            "DISKOMINFO-PRAKOM", List.of("Teknik Informatika", "Sistem Informasi"));
    private static final List<String> GENERAL_STUDIES = List.of("Administrasi Negara", "Manajemen", "Akuntansi",
            "Ilmu Pemerintahan", "Ekonomi", "Hukum", "Sistem Informasi", "Kesehatan Masyarakat");
    private static final List<String> D3_STUDIES = List.of("Manajemen Informatika", "Akuntansi", "Administrasi",
            "Kesekretariatan", "Keperawatan");

    /** Golongan ruang from I/a (0) to IV/e (16). */
    static final List<String> PNS_RANKS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c",
            "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

    private static final List<String> MALE_NAMES = List.of("Ahmad", "Muhammad", "Budi", "Andi", "Rudi", "Hendra",
            "Agus", "Dedi", "Fajar", "Rizki", "Arief", "Yudi", "Irfan", "Doni", "Eko", "Fauzan", "Hafiz", "Ilham",
            "Joko", "Reza", "Syahrul", "Taufik", "Wahyu", "Yoga", "Zulkifli", "Bayu", "Dimas", "Aditya", "Ridwan",
            "Imam", "Hasan", "Iqbal", "Rahmat", "Slamet");
    private static final List<String> MALE_SURNAMES = List.of("Saputra", "Pratama", "Hidayat", "Setiawan",
            "Kurniawan", "Firmansyah", "Nugroho", "Santoso", "Gunawan", "Wijaya", "Hakim", "Syahputra", "Ramadhan",
            "Maulana", "Rahman", "Putra", "Prasetyo", "Hermawan", "Siregar", "Harahap");
    private static final List<String> FEMALE_NAMES = List.of("Siti", "Nur", "Dewi", "Rina", "Fitri", "Indah",
            "Ayu", "Yuliana", "Putri", "Ratna", "Sri", "Wulan", "Mega", "Dian", "Anisa", "Novita", "Desi", "Melati",
            "Nadia", "Rahma", "Intan", "Lina", "Eka", "Yeni", "Susi", "Ani", "Tuti", "Maya");
    private static final List<String> FEMALE_SURNAMES = List.of("Rahmawati", "Lestari", "Oktaviani", "Wahyuni",
            "Handayani", "Safitri", "Anggraini", "Kusuma", "Puspita", "Maharani", "Hasanah", "Permatasari",
            "Febriani", "Yanti", "Sari", "Novitasari", "Fitriani", "Utami", "Marlina", "Susanti");

    /** Name customs of each demo city, used now and then: Palembang's nobility titles, Riau's, Minang names. */
    private static final Map<String, Local> LOCAL = Map.of(
            "palembang", new Local(List.of("Kemas", "Masagus", "Raden"), List.of("Nyimas", "Masayu", "Raden Ayu"),
                    List.of(), List.of()),
            "tanjungpinang", new Local(List.of("Raja", "Tengku", "Encik"), List.of("Raja", "Tengku", "Encik"),
                    List.of("Hamzah", "Zainal", "Syarifuddin"), List.of("Zubaidah", "Hamidah", "Aisyah")),
            "sawahlunto", new Local(List.of(), List.of(), List.of("Afrizal", "Syafrizal", "Zulhendri", "Yusrizal",
                    "Efendi", "Nofrizal"), List.of("Elfira", "Yusnidar", "Rosmaini", "Nelfi", "Desmawati", "Yulnita")));

    private record Local(List<String> maleTitles, List<String> femaleTitles, List<String> maleNames,
                         List<String> femaleNames) {
    }

    private static final DateTimeFormatter SIASN_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final int LAST_TMT_YEAR = 2025;

    private final List<Person> people;

    private DemoWorkforce(List<Person> people) {
        this.people = List.copyOf(people);
    }

    List<Person> people() {
        return people;
    }

    static Position position(String code) {
        return POSITIONS.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no position " + code));
    }

    /**
     * The agency's employees, the same for the same tenant every time.
     *
     * @param supervisorNip the demo supervisor's NIP (dev-identities.json), head of {@link #SUPERVISOR_POSITION}
     * @param employeeNip   the demo employee's NIP, a holder of {@link #EMPLOYEE_POSITION}
     */
    static DemoWorkforce of(String tenant, String supervisorNip, String employeeNip) {
        Random random = new Random(tenant.hashCode() * 31L + 2026);
        Local local = LOCAL.getOrDefault(tenant, new Local(List.of(), List.of(), List.of(), List.of()));
        DemoNips nips = new DemoNips();
        nips.reserve(supervisorNip);
        nips.reserve(employeeNip);

        Map<String, String> headNip = new LinkedHashMap<>();
        List<Person> people = new ArrayList<>();
        // POSITIONS lists every head before the positions reporting to it
        for (Position position : POSITIONS) {
            String supervisor = position.reportsTo() == null ? null : headNip.get(position.reportsTo());
            int seats = position.minSeats() + random.nextInt(position.maxSeats() - position.minSeats() + 1);
            for (int seat = 0; seat < seats; seat++) {
                String fixed = position.code().equals(SUPERVISOR_POSITION) ? supervisorNip
                        : position.code().equals(EMPLOYEE_POSITION) && seat == 0 ? employeeNip : null;
                Person person = fixed != null ? fixedPerson(random, local, fixed, position, supervisor)
                        : newPerson(random, local, nips, position, supervisor);
                people.add(person);
                if (position.isHead()) {
                    headNip.put(position.code(), person.nip());
                }
            }
        }
        return new DemoWorkforce(people);
    }

    /** The SIASN-style export the integration client uploads to {@code POST /api/v1/employees/import}. */
    String csv() {
        StringBuilder csv = new StringBuilder(
                "nipBaru,nipLama,nama,jenisPegawai,unorKode,jabatanKode,nipAtasan,golRuang,pendidikan,tmtCpns,aktif\n");
        for (Person p : people) {
            csv.append(String.join(",", p.nip(), orEmpty(p.legacyNip()), csvField(p.name()), p.employeeType(),
                    p.unitCode(), p.positionCode(), orEmpty(p.supervisorNip()), p.rank(), csvField(p.education()),
                    p.tmt() == null ? "" : SIASN_DATE.format(p.tmt()), "Y")).append('\n');
        }
        return csv.toString();
    }

    private static Person fixedPerson(Random random, Local local, String nip, Position position, String supervisor) {
        Gender gender = Gender.of(nip);
        LocalDate birth = LocalDate.parse(nip.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
        YearMonth tmt = YearMonth.parse(nip.substring(8, 14), DateTimeFormatter.ofPattern("uuuuMM"));
        String education = education(random, position);
        return new Person(nip, legacyNip(random, tmt), name(random, local, gender), gender, "PNS", position.unitCode(),
                position.code(), position.positionClass(), supervisor, pnsRank(position, education, tmt), education,
                tmt.atDay(1));
    }

    private static Person newPerson(Random random, Local local, DemoNips nips, Position position, String supervisor) {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        String name = name(random, local, gender);
        String education = education(random, position);
        // PPPK hold staff and functional posts, never structural ones
        boolean pppk = !position.isHead() && random.nextInt(100) < 15;
        if (pppk) {
            int appointed = 2021 + random.nextInt(LAST_TMT_YEAR - 2021 + 1);
            LocalDate birth = birthDate(random, appointed - 40, appointed - 22);
            String nip = nips.pppk(birth, appointed, 1, gender);
            return new Person(nip, null, name, gender, "PPPK", position.unitCode(), position.code(),
                    position.positionClass(), supervisor, pppkRank(education), education, null);
        }
        int[] born = bornBetween(position.positionClass());
        LocalDate birth = birthDate(random, born[0], born[1]);
        int tmtYear = Math.min(birth.getYear() + 21 + random.nextInt(9), LAST_TMT_YEAR);
        YearMonth tmt = YearMonth.of(tmtYear, 1 + random.nextInt(12));
        String nip = nips.pns(birth, tmt, gender);
        return new Person(nip, legacyNip(random, tmt), name, gender, "PNS", position.unitCode(), position.code(),
                position.positionClass(), supervisor, pnsRank(position, education, tmt), education, tmt.atDay(1));
    }

    /** Birth years that fit the class: heads are senior, functional entry posts young. */
    private static int[] bornBetween(String positionClass) {
        return switch (positionClass) {
            case "JPT_PRATAMA" -> new int[] {1969, 1976};
            case "ADMINISTRATOR" -> new int[] {1970, 1982};
            case "PENGAWAS" -> new int[] {1972, 1988};
            case "JF_AHLI_PERTAMA" -> new int[] {1986, 1999};
            default -> new int[] {1970, 2002};
        };
    }

    private static LocalDate birthDate(Random random, int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        int days = (int) (LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextInt(days + 1));
    }

    private static String name(Random random, Local local, Gender gender) {
        boolean male = gender == Gender.MALE;
        List<String> localNames = male ? local.maleNames() : local.femaleNames();
        String first = !localNames.isEmpty() && random.nextInt(4) == 0 ? pick(random, localNames)
                : pick(random, male ? MALE_NAMES : FEMALE_NAMES);
        String last = pick(random, male ? MALE_SURNAMES : FEMALE_SURNAMES);
        List<String> titles = male ? local.maleTitles() : local.femaleTitles();
        String title = !titles.isEmpty() && random.nextInt(8) == 0 ? pick(random, titles) + " " : "";
        return title + first + " " + last;
    }

    private static String education(Random random, Position position) {
        return switch (position.positionClass()) {
            case "JPT_PRATAMA" -> "S2 " + pick(random, List.of("Administrasi Publik", "Manajemen", "Ilmu Pemerintahan"));
            case "ADMINISTRATOR" -> (random.nextBoolean() ? "S2 " : "S1 ") + pick(random, GENERAL_STUDIES);
            case "PENGAWAS" -> "S1 " + pick(random, GENERAL_STUDIES);
            case "JF_AHLI_PERTAMA" -> "S1 " + pick(random, STUDIES.getOrDefault(position.code(), GENERAL_STUDIES));
            default -> switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> "SMA";
                case 4, 5, 6 -> "D3 " + pick(random, D3_STUDIES);
                default -> "S1 " + pick(random, GENERAL_STUDIES);
            };
        };
    }

    /** Start by education (SMA II/a, D3 II/c, S1 III/a, S2 III/b), a step per four years, within the class's range. */
    static String pnsRank(Position position, String education, YearMonth tmt) {
        int start = education.startsWith("S2") ? 9 : education.startsWith("S1") ? 8 : education.startsWith("D3") ? 6 : 4;
        int rank = start + Math.max(0, LAST_TMT_YEAR - tmt.getYear()) / 4;
        int[] range = switch (position.positionClass()) {
            case "JPT_PRATAMA" -> new int[] {13, 15};
            case "ADMINISTRATOR" -> new int[] {11, 13};
            case "PENGAWAS" -> new int[] {10, 11};
            case "JF_AHLI_PERTAMA" -> new int[] {8, 9};
            default -> new int[] {4, 11};
        };
        return PNS_RANKS.get(Math.max(range[0], Math.min(range[1], rank)));
    }

    /** PPPK golongan by education (Perpres 98/2020 table: SMA V, D3 VII, S1 IX, S2 X). */
    private static String pppkRank(String education) {
        return education.startsWith("S2") ? "X" : education.startsWith("S1") ? "IX"
                : education.startsWith("D3") ? "VII" : "V";
    }

    // only staff who entered before the 2007 renumbering still carry the old nine-digit NIP
    private static String legacyNip(Random random, YearMonth tmt) {
        return tmt.getYear() < 2007 ? String.format("%09d", 10_000_000 + random.nextInt(890_000_000)) : null;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
