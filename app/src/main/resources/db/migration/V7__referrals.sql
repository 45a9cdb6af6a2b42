-- Module referrals: the partner directory (organisations are agencies of kind PARTNER).

create table partner (
    agency_code varchar(40)   primary key references agency (code),
    kind        varchar(30)   not null,
    contacts    varchar(1000),
    capacity    integer,
    updated_at  timestamp with time zone not null
);

create table partner_service (
    agency_code varchar(40) not null references partner (agency_code),
    service     varchar(30) not null,
    primary key (agency_code, service)
);

create index partner_service_by_service on partner_service (service, agency_code);

create table partner_region (
    agency_code varchar(40) not null references partner (agency_code),
    region_code varchar(8)  not null references region (code),
    primary key (agency_code, region_code)
);

create index partner_region_by_region on partner_region (region_code, agency_code);

create table partner_language (
    agency_code varchar(40) not null references partner (agency_code),
    language    char(2)     not null,
    primary key (agency_code, language)
);
