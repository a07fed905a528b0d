-- Equipment categories added to a sector after its start (an ordinance amendment) carry the day they took effect and
-- the last day of their own 6 months' grace (経済安全保障推進法第五十三条): until then a plan for such equipment is not
-- yet due, even from an operator designated long before. Null for the categories a sector started with.
alter table equipment_category add column effective_on date;
alter table equipment_category add column grace_ends_on date;
