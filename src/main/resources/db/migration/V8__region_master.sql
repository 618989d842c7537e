-- Region master lists imported by a Dinsos (Kemendagri kode,nama): one kabupaten/kota each, with its
-- kecamatan and desa/kelurahan. The kabupaten content/ ships (Pati) is not stored here.
create table region_kabupaten (
    code           varchar(5)   primary key,
    name           varchar(100) not null,
    province_code  varchar(2)   not null,
    province_name  varchar(100) not null,
    source_file    varchar(200),
    imported_at    timestamp with time zone not null,
    imported_by    varchar(64)  not null,
    -- the kabupaten this installation works in (at most one; none: content/'s)
    home           boolean      not null default false
);

create table region_area (
    code            varchar(13)  primary key,
    kabupaten_code  varchar(5)   not null references region_kabupaten (code),
    name            varchar(100) not null,
    constraint ck_region_area_code check (char_length(code) in (8, 13))
);

create index ix_region_area_kabupaten on region_area (kabupaten_code);
