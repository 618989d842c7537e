-- The scored result of a submitted attempt, stored once; re-scoring must reproduce it.
create table attempt_result (
    attempt_id     bigint        primary key references attempt (id),
    operator       varchar(64)   not null,
    exercise_id    varchar(80)   not null,
    scorer_version integer       not null,
    score          numeric(5, 1) not null,
    passed         boolean       not null,
    scored_at      timestamp with time zone not null,
    result_json    varchar(200000) not null
);
create index ix_attempt_result_operator on attempt_result (operator, scored_at);
