-- The competent ministries (主務大臣の府省) the registry names. Each has a reviewer group ministry-<code> and a senior
-- group ministry-<code>-senior, created from this table at start; sectors and sector reviews refer to it.
create table ministry (
    code           varchar(10)  primary key,
    name_ja        varchar(100) not null,
    reviewer_group varchar(40)  not null unique
);
insert into ministry (code, name_ja, reviewer_group) values
 ('METI', '経済産業省', 'ministry-meti'),
 ('MLIT', '国土交通省', 'ministry-mlit'),
 ('MIC',  '総務省',     'ministry-mic'),
 ('FSA',  '金融庁',     'ministry-fsa'),
 ('MHLW', '厚生労働省', 'ministry-mhlw');

alter table sector add constraint sector_ministry foreign key (competent_ministry) references ministry (code);
update sector_review set competent_ministry = 'MHLW' where competent_ministry = 'OTHER';
alter table sector_review add constraint sector_review_ministry foreign key (competent_ministry) references ministry (code);
