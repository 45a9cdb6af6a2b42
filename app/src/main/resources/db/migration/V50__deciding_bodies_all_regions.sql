-- Module victims: the bodies an application for the status of a person who suffered from trafficking is lodged
-- with, for every oblast and the city of Kyiv (V8 held ten). The person applies to the local state administration
-- where they stay (Cabinet Resolution No. 417 of 23.05.2012, point 2, as amended by No. 531 of 26.05.2021); the
-- regional state administrations (under martial law their powers are exercised by the regional military
-- administrations) and the Kyiv City State Administration organise the procedure in their territory. Crimea and
-- Sevastopol have no body on the spot while occupied and are not listed. Data, not code: an administrator may
-- deactivate or add rows. Sources: docs/sources.md.

insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-09', 'Луганська обласна державна адміністрація', 'Luhansk Regional State Administration', 'UA-09');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-12', 'Дніпропетровська обласна державна адміністрація', 'Dnipropetrovsk Regional State Administration', 'UA-12');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-14', 'Донецька обласна державна адміністрація', 'Donetsk Regional State Administration', 'UA-14');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-18', 'Житомирська обласна державна адміністрація', 'Zhytomyr Regional State Administration', 'UA-18');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-23', 'Запорізька обласна державна адміністрація', 'Zaporizhzhia Regional State Administration', 'UA-23');
insert into deciding_body (code, name_uk, name_en, region_code) values ('KCSA-30', 'Київська міська державна адміністрація', 'Kyiv City State Administration', 'UA-30');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-32', 'Київська обласна державна адміністрація', 'Kyiv Regional State Administration', 'UA-32');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-35', 'Кіровоградська обласна державна адміністрація', 'Kirovohrad Regional State Administration', 'UA-35');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-48', 'Миколаївська обласна державна адміністрація', 'Mykolaiv Regional State Administration', 'UA-48');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-51', 'Одеська обласна державна адміністрація', 'Odesa Regional State Administration', 'UA-51');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-59', 'Сумська обласна державна адміністрація', 'Sumy Regional State Administration', 'UA-59');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-63', 'Харківська обласна державна адміністрація', 'Kharkiv Regional State Administration', 'UA-63');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-65', 'Херсонська обласна державна адміністрація', 'Kherson Regional State Administration', 'UA-65');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-74', 'Чернігівська обласна державна адміністрація', 'Chernihiv Regional State Administration', 'UA-74');
insert into deciding_body (code, name_uk, name_en, region_code) values ('RSA-77', 'Чернівецька обласна державна адміністрація', 'Chernivtsi Regional State Administration', 'UA-77');
