-- A password chosen by somebody else (an admin's set/reset, an account created with a password)
-- must be replaced by its owner at the next sign-in; the owner's own change clears the flag.
-- Existing and seeded accounts start unflagged.
alter table pengguna add column wajib_ganti_password boolean not null default false;
