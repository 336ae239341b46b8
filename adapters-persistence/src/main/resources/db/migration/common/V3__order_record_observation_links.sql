-- A record lists its observations in the order they were attached (API.md 6.10), while seq orders
-- an observation's records; every link gets its creation order, existing links in any order.
ALTER TABLE observation_record ADD COLUMN link_order BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX ix_observation_record_link_order ON observation_record (record_pk, link_order);
