-- Reporting calendar (Kemenlu Tabel 3.40, Marves §2.4.4) as rulebook data: document -> level ->
-- rule ("+N" days / "hkN" working days after the quarter or year ends, "dN" day N of the next
-- month, "MM-DD" the next such day). PK and realisation keep their own keys (pkDeadlines V8,
-- reportDeadlines V19).
update rulebook_versi
   set definisi = jsonb_set(definisi, '{calendarDeadlines}', '{
        "MANUAL_IKU":   {"WIDE": "01-15", "ONE": "01-20", "TWO": "01-25", "*": "01-31"},
        "VALIDASI":     {"*": "hk10"},
        "DKO":          {"*": "hk12"},
        "LKJ_TRIWULAN": {"FIVE": "+2", "FOUR": "+4", "THREE": "+6", "TWO": "d8", "ONE": "d10", "WIDE": "d15"},
        "LKJ_TAHUNAN":  {"FIVE": "+2", "FOUR": "+4", "THREE": "+6", "TWO": "d8", "ONE": "d10", "WIDE": "02-28"},
        "REVIU_LKJ":    {"WIDE": "02-10"}
       }'::jsonb)
 where kode = 'KEMENLU_BSC' and not (definisi ? 'calendarDeadlines');
update rulebook_versi
   set definisi = jsonb_set(definisi, '{calendarDeadlines}', '{
        "MANUAL_IKU":   {"*": "01-31"},
        "VALIDASI":     {"*": "+15"},
        "DKO":          {"*": "+15"},
        "LKJ_TRIWULAN": {"UPK2": "+10", "UPK1": "+15"},
        "LKJ_TAHUNAN":  {"UPK2": "+31", "UPK1": "+40", "UPK0": "02-28"},
        "REVIU_LKJ":    {"UPK0": "02-10"}
       }'::jsonb)
 where kode = 'MARVES' and not (definisi ? 'calendarDeadlines');

-- In-app reminders, one row per (deadline, unit, recipient, kind): the unique key makes a second
-- instance or a rerun of the job insert nothing, and the e-mail column is claimed by one
-- conditional update before sending (MENUNGGU -> MENGIRIM), so a mail goes out at most once.
create table notifikasi (
    id               bigserial    primary key,
    pengguna_id      bigint       not null references pengguna (id),
    unit_id          bigint       not null references unit (id),
    dokumen          varchar(30)  not null,
    tahun            int          not null check (tahun between 2000 and 2100),
    periode          varchar(10)  not null,
    tenggat          date         not null,
    jenis            varchar(10)  not null check (jenis in ('SEBELUM', 'HARI_H')),
    dibuat_pada      timestamptz  not null,
    dibaca_pada      timestamptz,
    surel_status     varchar(10)  check (surel_status in ('MENUNGGU', 'MENGIRIM', 'TERKIRIM', 'GAGAL')),
    surel            varchar(200),
    surel_percobaan  int          not null default 0,
    surel_pada       timestamptz,
    unique (dokumen, tahun, periode, unit_id, pengguna_id, jenis)
);
create index notifikasi_pengguna_idx on notifikasi (pengguna_id, dibuat_pada desc);
create index notifikasi_unit_idx on notifikasi (unit_id);
create index notifikasi_surel_idx on notifikasi (id) where surel_status = 'MENUNGGU';
