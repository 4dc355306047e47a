-- Public holidays and cuti bersama: days that are not working days in the calendar's "hkN" rules.
-- Data, not code: a later year (or a changed SKB) is a new migration or an UPDATE by the operator.
create table hari_libur (
    tanggal   date          primary key,
    nama      varchar(200)  not null,
    jenis     varchar(20)   not null check (jenis in ('LIBUR_NASIONAL', 'CUTI_BERSAMA')),
    sumber    varchar(300)  not null
);

-- 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497 Tahun 2025, No. 2 Tahun
-- 2025, No. 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (17 + 8 days).
insert into hari_libur (tanggal, nama, jenis, sumber) values
 ('2026-01-01', 'Tahun Baru 2026 Masehi', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-01-16', 'Isra Mikraj Nabi Muhammad S.A.W.', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-03-21', 'Idul Fitri 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-03-22', 'Idul Fitri 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-04-03', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-05-14', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-05-27', 'Idul Adha 1447 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-08-25', 'Maulid Nabi Muhammad S.A.W.', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', 'SKB 3 Menteri 2026'),
 ('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-03-20', 'Cuti bersama Idul Fitri 1447 Hijriah', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-03-23', 'Cuti bersama Idul Fitri 1447 Hijriah', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-03-24', 'Cuti bersama Idul Fitri 1447 Hijriah', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-05-28', 'Cuti bersama Idul Adha 1447 Hijriah', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026'),
 ('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri 2026');

-- 2027, PROVISIONAL: only the days that do not depend on a government decision on the calendar
-- (fixed-date national holidays, and the Christian feasts from the Gregorian Easter date, 28 March
-- 2027). The Islamic, Hindu, Buddhist and Chinese holidays and the cuti bersama of 2027 are set by the
-- SKB 3 Menteri for 2027, which this migration does not have: add them (a new migration or an
-- INSERT by the operator) when it is at hand, and replace 'sementara' in sumber.
insert into hari_libur (tanggal, nama, jenis, sumber) values
 ('2027-01-01', 'Tahun Baru 2027 Masehi', 'LIBUR_NASIONAL', 'tanggal tetap; sementara sampai SKB 3 Menteri 2027'),
 ('2027-03-26', 'Wafat Yesus Kristus', 'LIBUR_NASIONAL', 'tanggal Paskah 2027; sementara sampai SKB 3 Menteri 2027'),
 ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'LIBUR_NASIONAL', 'tanggal Paskah 2027; sementara sampai SKB 3 Menteri 2027'),
 ('2027-05-01', 'Hari Buruh Internasional', 'LIBUR_NASIONAL', 'tanggal tetap; sementara sampai SKB 3 Menteri 2027'),
 ('2027-05-06', 'Kenaikan Yesus Kristus', 'LIBUR_NASIONAL', 'tanggal Paskah 2027; sementara sampai SKB 3 Menteri 2027'),
 ('2027-06-01', 'Hari Lahir Pancasila', 'LIBUR_NASIONAL', 'tanggal tetap; sementara sampai SKB 3 Menteri 2027'),
 ('2027-08-17', 'Proklamasi Kemerdekaan', 'LIBUR_NASIONAL', 'tanggal tetap; sementara sampai SKB 3 Menteri 2027'),
 ('2027-12-25', 'Kelahiran Yesus Kristus', 'LIBUR_NASIONAL', 'tanggal tetap; sementara sampai SKB 3 Menteri 2027');
