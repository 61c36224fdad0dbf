-- HR's results show up to 50 comments, picked from a random point of the shuffle order. With a shuffle number on every
-- answer, finding 50 comments among answers of which one in ten has one read some 500 rows (5,000 at one in a
-- hundred). Only answers with a comment keep a shuffle number now, so the comment index holds comments alone and a
-- range scan of it reads just the comments it returns.
alter table pulse_response alter column shuffle drop not null;
update pulse_response set shuffle = null where comment is null;
