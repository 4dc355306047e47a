-- The unit's name as it was when a reminder was made: the reminder's text, kept with it so the
-- calendar module reads no unit table. (Added here; V25 stays as it landed.)
alter table notifikasi add column if not exists unit_nama varchar(300);
update notifikasi n set unit_nama = u.nama from unit u where u.id = n.unit_id and n.unit_nama is null;
alter table notifikasi alter column unit_nama set not null;
