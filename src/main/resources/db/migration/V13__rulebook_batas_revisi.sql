-- The Kemenlu revision cut-off (20 October, until now hard-coded in Java) becomes rulebook data,
-- editable like the PK approval deadlines (V8). Other rulebooks set none.
update rulebook_versi
   set definisi = jsonb_set(definisi, '{revisionCutoff}', '"10-20"'::jsonb)
 where kode = 'KEMENLU_BSC' and not (definisi ? 'revisionCutoff');
