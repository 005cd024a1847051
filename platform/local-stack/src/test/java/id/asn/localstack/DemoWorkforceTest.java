package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.asn.localstack.DemoWorkforce.Person;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DemoWorkforceTest {

    // the three demo agencies of gateway/src/main/resources/dev-identities.json
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "palembang,     197803152005011001, 199004222015032001",
            "tanjungpinang, 198011072006041001, 199207182018022001",
            "sawahlunto,    197612302003121001, 199502092019031001",
    })
    void everyEmployeeHasAValidUniqueNumberOfTheRightKind(String tenant, String supervisorNip, String employeeNip) {
        List<Person> people = DemoWorkforce.of(tenant, supervisorNip, employeeNip).people();

        assertTrue(people.size() >= 150 && people.size() <= 250, people.size() + " employees");
        assertEquals(people.size(), people.stream().map(Person::nip).distinct().count(), "NIPs are unique");
        for (Person p : people) {
            assertEquals("", violation(p), p.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "palembang,     197803152005011001, 199004222015032001",
            "sawahlunto,    197612302003121001, 199502092019031001",
    })
    void theDemoEmployeeReportsToTheDemoSupervisor(String tenant, String supervisorNip, String employeeNip) {
        Map<String, Person> byNip = DemoWorkforce.of(tenant, supervisorNip, employeeNip).people().stream()
                .collect(Collectors.toMap(Person::nip, p -> p));

        assertEquals(DemoWorkforce.SUPERVISOR_POSITION, byNip.get(supervisorNip).positionCode());
        assertEquals(DemoWorkforce.EMPLOYEE_POSITION, byNip.get(employeeNip).positionCode());
        assertEquals(supervisorNip, byNip.get(employeeNip).supervisorNip());
        assertEquals("PNS", byNip.get(employeeNip).employeeType());
    }

    @Test
    void everySupervisorIsAColleagueAndOnlyTheSekretarisDaerahHasNone() {
        List<Person> people = DemoWorkforce.of("palembang", "197803152005011001", "199004222015032001").people();
        Set<String> nips = people.stream().map(Person::nip).collect(Collectors.toSet());

        for (Person p : people) {
            if (p.positionCode().equals("SETDA-SEKDA")) {
                assertNull(p.supervisorNip());
            } else {
                assertTrue(nips.contains(p.supervisorNip()), p + " reports to someone outside the agency");
            }
        }
    }

    @Test
    void theSameTenantGivesTheSameExportEveryTime() {
        String first = DemoWorkforce.of("sawahlunto", "197612302003121001", "199502092019031001").csv();
        String again = DemoWorkforce.of("sawahlunto", "197612302003121001", "199502092019031001").csv();

        assertEquals(first, again);
        assertTrue(first.startsWith("nipBaru,nipLama,nama,jenisPegawai,unorKode,jabatanKode,nipAtasan,golRuang,"
                + "pendidikan,tmtCpns,aktif\n"));
    }

    @Test
    void scoresStayWithinOneToFiveInHundredthsAndSomeFallBelowTheRequirement() {
        Map<String, Integer> required = new LinkedHashMap<>();
        DemoData.NATIONAL_COMPETENCIES.forEach(code -> required.put(code, 3));
        Random random = new Random(7);
        int below = 0;
        int total = 0;
        for (int i = 0; i < 100; i++) {
            for (BigDecimal score : DemoData.scores(random, required).values()) {
                assertTrue(score.compareTo(BigDecimal.ONE) >= 0 && score.compareTo(BigDecimal.valueOf(5)) <= 0);
                assertEquals(2, score.scale());
                below += score.compareTo(BigDecimal.valueOf(3)) < 0 ? 1 : 0;
                total++;
            }
        }
        assertTrue(below > total / 10 && below < total / 2, below + " of " + total + " below the requirement");
    }

    /** docs/domain.md §6, written out here independently of the services: empty when the person's number is valid. */
    private static String violation(Person p) {
        String s = p.nip();
        if (!s.matches("[0-9]{18}")) {
            return "rule 1: 18 ASCII digits";
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            return "rule 2: birth date";
        }
        char gender = s.charAt(14);
        if (gender != (p.gender() == DemoNips.Gender.MALE ? '1' : '2')) {
            return "rule 4: gender digit";
        }
        if (s.endsWith("000")) {
            return "rule 5: sequence 000";
        }
        int year = Integer.parseInt(s.substring(8, 12));
        if (s.charAt(12) == '2') {
            if (!p.employeeType().equals("PPPK") || year <= birth.getYear() || s.charAt(13) == '0'
                    || p.tmt() != null) {
                return "NI PPPK: type, appointment year or contract digit";
            }
            return Set.of("V", "VII", "IX", "X").contains(p.rank()) ? "" : "PPPK golongan " + p.rank();
        }
        int month = Integer.parseInt(s.substring(12, 14));
        if (month < 1 || month > 12) {
            return "rule 3: TMT month";
        }
        YearMonth tmt = YearMonth.of(year, month);
        if (!tmt.atDay(1).isAfter(birth) || year < 1950) {
            return "rule 3: TMT after birth";
        }
        if (!p.employeeType().equals("PNS") || !tmt.atDay(1).equals(p.tmt())) {
            return "PNS: type or tmtCpns disagrees with the NIP";
        }
        int age = tmt.getYear() - birth.getYear();
        if (age < 18 || age > 35) {
            return "rule 6: age at TMT " + age;
        }
        return p.rank().matches("I{1,3}/[a-d]|IV/[a-e]") ? "" : "golongan ruang " + p.rank();
    }
}
