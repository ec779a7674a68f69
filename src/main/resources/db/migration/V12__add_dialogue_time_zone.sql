-- The time zone every time of a dialogue is shown in: an IANA zone id. Existing dialogues
-- get their country's zone (its capital's where it has several), UTC when none is known;
-- the application gives new ones the same default (shared/web/TimeZones).
alter table dialogue add column time_zone varchar(64) not null default 'UTC';

update dialogue set time_zone = case country
    when 'TZ' then 'Africa/Dar_es_Salaam' when 'KE' then 'Africa/Nairobi' when 'UG' then 'Africa/Kampala'
    when 'RW' then 'Africa/Kigali' when 'BI' then 'Africa/Bujumbura' when 'CD' then 'Africa/Kinshasa'
    when 'ET' then 'Africa/Addis_Ababa' when 'MZ' then 'Africa/Maputo' when 'MW' then 'Africa/Blantyre'
    when 'ZM' then 'Africa/Lusaka' when 'ZW' then 'Africa/Harare' when 'ZA' then 'Africa/Johannesburg'
    when 'GH' then 'Africa/Accra' when 'NG' then 'Africa/Lagos' when 'CI' then 'Africa/Abidjan'
    when 'BF' then 'Africa/Ouagadougou' when 'ML' then 'Africa/Bamako' when 'SN' then 'Africa/Dakar'
    when 'GN' then 'Africa/Conakry' when 'SL' then 'Africa/Freetown' when 'PE' then 'America/Lima'
    when 'BO' then 'America/La_Paz' when 'CO' then 'America/Bogota' when 'EC' then 'America/Guayaquil'
    when 'BR' then 'America/Sao_Paulo' when 'GY' then 'America/Guyana' when 'PH' then 'Asia/Manila'
    when 'ID' then 'Asia/Jakarta' when 'MN' then 'Asia/Ulaanbaatar' when 'PG' then 'Pacific/Port_Moresby'
    else 'UTC' end
where country is not null;
