-- ShedLock: one row per scheduled job; an instance runs the job only while it holds the row's
-- lock (lock_until in the future), so with several instances a job (e.g. reminders) runs once.
-- Plain timestamp as ShedLock documents for PostgreSQL; with usingDbTime() it writes UTC from the
-- database clock, never the instances' clocks.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
