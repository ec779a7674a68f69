-- Headings in user Markdown are rendered two levels down (# is h3, ###### stays h6; see
-- MarkdownRenderer), below the page's own h1 and h2. The HTML rendered before is stored
-- (rendered once, when written): the same shift for it, in every column of sanitized
-- Markdown HTML (named html or *_html; the sanitizer writes headings without attributes).
DO $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables t
          ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema()
          AND t.table_type = 'BASE TABLE'
          AND c.data_type = 'text'
          AND (c.column_name = 'html' OR c.column_name LIKE '%\_html')
    LOOP
        EXECUTE format(
            'UPDATE %1$I SET %2$I = '
            || 'replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(%2$I, '
            || '''<h4>'', ''<h6>''), ''</h4>'', ''</h6>''), ''<h5>'', ''<h6>''), ''</h5>'', ''</h6>''), '
            || '''<h3>'', ''<h5>''), ''</h3>'', ''</h5>''), '
            || '''<h2>'', ''<h4>''), ''</h2>'', ''</h4>''), '
            || '''<h1>'', ''<h3>''), ''</h1>'', ''</h3>'') '
            || 'WHERE %2$I ~ ''<h[1-5]>''',
            col.table_name, col.column_name);
    END LOOP;
END
$$;
