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

-- What the registry holds today has been in effect since the operator's first designation (earlier changes were
-- written over and are not known).
insert into operator_particular (operator_id, particular, effective_on, particular_value)
select o.id, 'NAME', min(d.designated_on), o.name
from operator o join designation d on d.operator_id = o.id
group by o.id, o.name;

insert into operator_particular (operator_id, particular, effective_on, particular_value)
select o.id, 'ADDRESS', min(d.designated_on), o.address
from operator o join designation d on d.operator_id = o.id
where o.address is not null
group by o.id, o.address;
