-- PK approval deadlines become rulebook data (level code -> "MM-DD" in January). Kemenlu's
-- calendar (Permenlu 4/2018): Menteri 15 Jan, Eselon I 20 Jan, Eselon II/Perwakilan 25 Jan;
-- levels not listed (and the other rulebooks) use 31 January.
update rulebook_versi
   set definisi = jsonb_set(definisi, '{pkDeadlines}', '{"WIDE": "01-15", "ONE": "01-20", "TWO": "01-25"}'::jsonb)
 where kode = 'KEMENLU_BSC' and not (definisi ? 'pkDeadlines');
