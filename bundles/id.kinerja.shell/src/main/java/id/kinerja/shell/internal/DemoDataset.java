package id.kinerja.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.Rank;
import id.kinerja.core.api.staff.StaffCsvService;
import id.kinerja.core.api.staff.StaffMember;

/**
 * Demo data for the fictional city of Sukamaju: a unit tree (city, five offices with their bidang
 * and seksi) and about 200 staff with valid NIPs, ranks and a supervisor chain. Always the same for
 * the same seed.
 */
final class DemoDataset {

    static final String ROOT_UNIT = "SKM";

    private static final String[] FIRST = { "Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi",
            "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sari", "Teguh", "Wayan",
            "Yusuf", "Agus", "Siti", "Rudi", "Wulan", "Bambang", "Ketut", "Ratna", "Hendra", "Ayu", "Rahmat" };
    private static final String[] LAST = { "Siregar", "Nasution", "Lubis", "Harahap", "Wijaya", "Saputra",
            "Hidayat", "Kusuma", "Pratama", "Utami", "Setiawan", "Lestari", "Permana", "Susanto", "Ginting",
            "Sembiring", "Tarigan", "Purba", "Simanjuntak", "Rangkuti" };
    private static final String[] DEGREES = { "S.E.", "S.Kom.", "S.H.", "S.Sos.", "S.Pd.", "S.T.", "A.Md.", "S.AP." };
    private static final String[][] OFFICES = {
            { "SETDA", "Sekretariat Daerah" }, { "BKPSDM", "Badan Kepegawaian dan Pengembangan SDM" },
            { "DISDIK", "Dinas Pendidikan" }, { "DINKES", "Dinas Kesehatan" },
            { "DPMPTSP", "Dinas Penanaman Modal dan PTSP" } };

    private final Random random;
    private final LocalDate today;
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<StaffMember> staff = new ArrayList<>();
    private final java.util.Map<String, String> heads = new java.util.LinkedHashMap<>();
    private final Set<String> nips = new HashSet<>();
    private int sequence;

    DemoDataset(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        build();
    }

    List<OrgUnit> units() {
        return units;
    }

    List<StaffMember> staff() {
        return staff;
    }

    /** The head of each unit (unit code to NIP): the sekda, kepala dinas, kepala bidang and kepala seksi the dataset made. */
    java.util.Map<String, String> heads() {
        return heads;
    }

    private void build() {
        units.add(new OrgUnit(ROOT_UNIT, "Pemerintah Kota Sukamaju", null));
        StaffMember sekda = person(EmploymentType.PNS, "IV/c", "Sekretaris Daerah", PositionKind.JPT, 15, ROOT_UNIT, null);
        heads.put(ROOT_UNIT, sekda.nip());
        for (String[] office : OFFICES) {
            String officeCode = office[0];
            units.add(new OrgUnit(officeCode, office[1], ROOT_UNIT));
            StaffMember head = person(EmploymentType.PNS, pick("IV/b", "IV/c"), "Kepala " + office[1], PositionKind.JPT,
                    14, officeCode, sekda.nip());
            heads.put(officeCode, head.nip());
            for (int b = 1; b <= 3; b++) {
                String bidangCode = officeCode + "-B" + b;
                units.add(new OrgUnit(bidangCode, "Bidang " + b + " " + office[1], officeCode));
                StaffMember kabid = person(EmploymentType.PNS, pick("III/d", "IV/a"), "Kepala Bidang " + b,
                        PositionKind.ADMINISTRATOR, 12, bidangCode, head.nip());
                heads.put(bidangCode, kabid.nip());
                for (int s = 1; s <= 2; s++) {
                    String seksiCode = bidangCode + "-S" + s;
                    units.add(new OrgUnit(seksiCode, "Seksi " + s + " Bidang " + b + " " + office[1], bidangCode));
                    StaffMember kasi = person(EmploymentType.PNS, pick("III/c", "III/d"), "Kepala Seksi " + s,
                            PositionKind.PENGAWAS, 9, seksiCode, kabid.nip());
                    heads.put(seksiCode, kasi.nip());
                    int members = 4 + random.nextInt(3);
                    for (int m = 0; m < members; m++) {
                        boolean pppk = random.nextInt(7) == 0;
                        boolean functional = random.nextBoolean();
                        if (pppk) {
                            person(EmploymentType.PPPK, pick("V", "VII", "IX"), "Pengelola Layanan Operasional",
                                    PositionKind.PELAKSANA, 5, seksiCode, kasi.nip());
                        } else if (functional) {
                            person(EmploymentType.PNS, pick("III/a", "III/b", "III/c"), pick("Analis Kebijakan Ahli Pertama",
                                    "Pranata Komputer Ahli Pertama", "Analis SDM Aparatur Ahli Muda"),
                                    PositionKind.FUNGSIONAL, 8, seksiCode, kasi.nip());
                        } else {
                            person(EmploymentType.PNS, pick("II/b", "II/c", "II/d", "III/a"), pick("Pengadministrasi Umum",
                                    "Pengelola Data", "Penata Laporan Keuangan"), PositionKind.PELAKSANA, 6, seksiCode,
                                    kasi.nip());
                        }
                    }
                }
            }
        }
    }

    private StaffMember person(EmploymentType type, String rank, String position, PositionKind kind, int positionClass,
            String unit, String supervisor) {
        int rankIndex = Rank.ranksOf(type).indexOf(rank);
        int age = Math.min(58, 24 + rankIndex * 2 + random.nextInt(6));
        LocalDate birth = today.minusYears(age).withDayOfYear(1 + random.nextInt(360));
        boolean female = random.nextBoolean();
        String nip;
        LocalDate serviceStart;
        do {
            int serviceYears = Math.max(1, Math.min(age - 19, 2 + rankIndex + random.nextInt(4)));
            serviceStart = today.minusYears(serviceYears).withMonth(1 + random.nextInt(12)).withDayOfMonth(1);
            if (type == EmploymentType.PPPK) {
                serviceStart = LocalDate.of(Math.max(birth.getYear() + 19, Math.min(today.getYear() - 1, 2021 + random.nextInt(4))), 1, 1);
            }
            sequence++;
            String seq = String.format("%03d", 1 + sequence % 999);
            String datePart = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth());
            String gender = female ? "2" : "1";
            nip = type == EmploymentType.PPPK
                    ? datePart + serviceStart.getYear() + "21" + gender + seq
                    : datePart + String.format("%04d%02d", serviceStart.getYear(), serviceStart.getMonthValue()) + gender + seq;
        } while (!nips.add(nip));
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + ", "
                + DEGREES[random.nextInt(DEGREES.length)];
        LocalDate rankSince = serviceStart.plusYears(Math.min(4, today.getYear() - serviceStart.getYear()) / 2);
        StaffMember member = new StaffMember(nip, name, type, rank, rankSince, position, kind, positionClass, unit,
                supervisor, null, random.nextInt(4) == 0 ? 0 : 1, random.nextInt(4), null, null);
        staff.add(member);
        return member;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /** The staff as CSV in the import format. */
    String staffCsv() {
        StringBuilder csv = new StringBuilder(String.join(",", StaffCsvService.COLUMNS)).append('\n');
        for (StaffMember s : staff) {
            csv.append(String.join(",", s.nip(), '"' + s.fullName() + '"', s.employmentType().name(), s.rank(),
                    s.rankSince().toString(), s.positionName(), s.positionKind().name(),
                    String.valueOf(s.positionClass()), s.unitCode(), s.supervisorNip() == null ? "" : s.supervisorNip(),
                    "ACTIVE", String.valueOf(s.spouseCount()), String.valueOf(s.childCount()), "", "")).append('\n');
        }
        return csv.toString();
    }
}
