-- Realisation report deadlines become rulebook data: level code -> day of the month after the
-- quarter ("*" = every level not listed). Marves: the 5th; Kemenlu: Five 2, Four 4, Three 6,
-- Two 8, One 10, Wide 15. Other rulebooks set none (periode.batas_lapor applies).
update rulebook_versi
   set definisi = jsonb_set(definisi, '{reportDeadlines}', '{"*": 5}'::jsonb)
 where kode = 'MARVES' and not (definisi ? 'reportDeadlines');
update rulebook_versi
   set definisi = jsonb_set(definisi, '{reportDeadlines}',
       '{"FIVE": 2, "FOUR": 4, "THREE": 6, "TWO": 8, "ONE": 10, "WIDE": 15}'::jsonb)
 where kode = 'KEMENLU_BSC' and not (definisi ? 'reportDeadlines');
