-- European Portuguese for two seeded labels: the stakeholder group Research is "Investigação"
-- (V1 seeded the Brazilian "Pesquisa", which also reads as the site's search) and the theme
-- Environment is "Ambiente" (V4 seeded "Meio ambiente"). Only the pt value changes, and only
-- where an admin has not relabelled it since.
UPDATE stakeholder_group SET labels = jsonb_set(labels, '{pt}', '"Investigação"')
WHERE code = 'RESEARCH' AND labels ->> 'pt' = 'Pesquisa';

UPDATE theme SET labels = jsonb_set(labels, '{pt}', '"Ambiente"')
WHERE code = 'ENVIRONMENT' AND labels ->> 'pt' = 'Meio ambiente';
