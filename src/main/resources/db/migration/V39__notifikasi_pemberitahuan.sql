-- Notices other modules send through the calendar's notifications (kalender.KirimPemberitahuan), e.g. the
-- steps and overdue answers of an employee objection (penilaian): the text comes from a bundle key and
-- arguments instead of a calendar document, and the sender's key makes a repeated notice a no-op.
alter table notifikasi
    add column kunci   varchar(200),
    add column pesan   varchar(100),
    add column argumen text[],
    add column tautan  varchar(300),
    alter column dokumen drop not null,
    alter column periode drop not null,
    alter column tenggat drop not null,
    alter column jenis drop not null,
    add constraint notifikasi_kunci_uq unique (kunci),
    add constraint notifikasi_bentuk_ck check (
        (kunci is null and pesan is null and dokumen is not null and periode is not null and tenggat is not null
            and jenis is not null)
        or (kunci is not null and pesan is not null and tautan is not null and dokumen is null and jenis is null));
