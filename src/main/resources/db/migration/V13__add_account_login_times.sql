-- When an account last signed in and when before that: a returning account is greeted
-- "welcome back", a new one is not.
alter table account add column last_login_at timestamptz;
alter table account add column previous_login_at timestamptz;
