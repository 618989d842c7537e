-- Scorer 2: passed on one's own, passed with help (guided exercises), or not passed. Null for results
-- of the first scorer, whose "passed" stands as it was.
alter table attempt_result add column verdict varchar(20);
