-- The particulars Art 50(2) publishes that an operator may change (Art 50(3): its name and address), each kept with
-- the day it takes effect, so that the public registry shows a notified change from its day and not before.
-- The other published particulars, the kind of business and the day of designation, are the designation's own.
create table operator_particular (
    operator_id      uuid          not null references operator (id),
    particular       varchar(10)   not null,
    effective_on     date          not null,
    particular_value varchar(500)  not null,
    change_notice_id uuid          references operator_change_notice (id),
    primary key (operator_id, particular, effective_on),
    constraint operator_particular_kind check (particular in ('NAME', 'ADDRESS'))
);

-- The particulars on record are in effect since the operator's first designation; where the previous release
-- already applied acknowledged change notices, what stood before the first of them.
insert into operator_particular (operator_id, particular, effective_on, particular_value)
select o.id, 'NAME', min(d.designated_on), coalesce((select n.old_value from operator_change_notice n
        where n.operator_id = o.id and n.change_kind = 'NAME' and n.acknowledged_on is not null
        order by n.effective_on, n.received_on fetch first 1 rows only), o.name)
from operator o join designation d on d.operator_id = o.id
group by o.id, o.name;

insert into operator_particular (operator_id, particular, effective_on, particular_value)
select o.id, 'ADDRESS', min(d.designated_on), coalesce((select n.old_value from operator_change_notice n
        where n.operator_id = o.id and n.change_kind = 'ADDRESS' and n.acknowledged_on is not null
        order by n.effective_on, n.received_on fetch first 1 rows only), o.address)
from operator o join designation d on d.operator_id = o.id
where o.address is not null
group by o.id, o.address;

-- Each acknowledged change from its day (a change notice is recorded once per designation: the latest per day counts).
insert into operator_particular (operator_id, particular, effective_on, particular_value, change_notice_id)
select n.operator_id, n.change_kind, n.effective_on, n.new_value, n.id
from operator_change_notice n
where n.acknowledged_on is not null
  and n.effective_on > (select min(d.designated_on) from designation d where d.operator_id = n.operator_id)
  and n.id = (select m.id from operator_change_notice m
              where m.operator_id = n.operator_id and m.change_kind = n.change_kind and m.effective_on = n.effective_on
                and m.acknowledged_on is not null
              order by m.received_on desc, m.recorded_at desc, m.id fetch first 1 rows only);
