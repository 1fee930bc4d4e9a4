import { sql, type Kysely, type Migration } from 'kysely';

/**
 * A ready or live event has at least one channel with a speaker, in the database too. Checked at
 * commit (deferred constraint triggers), so a transaction may reorder its writes freely: moving an
 * event to ready, removing a speaker, deleting a channel (whose speakers go with it) are refused
 * only if the event would end the transaction unstaffed.
 */
export const requireStaffedEvents: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      create function events_guard_staffed() returns trigger language plpgsql as $$
      declare
        target uuid;
        event_status text;
      begin
        -- Two statements, not one CASE: an expression would resolve old.event_id on the events row too.
        if tg_table_name = 'events' then
          target := new.id;
        else
          target := old.event_id;
        end if;
        select status into event_status from events where id = target;
        if event_status in ('ready', 'live') and not exists (select 1 from channel_speakers where event_id = target) then
          raise exception 'event % is % without any channel that has a speaker', target, event_status using errcode = 'check_violation';
        end if;
        return null;
      end
      $$
    `.execute(db);
    await sql`
      create constraint trigger events_staffed after insert or update of status on events
      deferrable initially deferred for each row execute function events_guard_staffed()
    `.execute(db);
    await sql`
      create constraint trigger channel_speakers_staffed after delete on channel_speakers
      deferrable initially deferred for each row execute function events_guard_staffed()
    `.execute(db);
  },
};
