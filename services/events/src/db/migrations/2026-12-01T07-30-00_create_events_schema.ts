import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The whole events schema. Frozen in time: it sees the database untyped and imports nothing from the
 * service, so later code changes never rewrite what an existing database went through. The rules the
 * handlers enforce are also enforced here (statuses and their moves, frozen channels and speakers,
 * deletable statuses, distinct target languages without the source, unique names), so that no other
 * writer, and no bug, can store an event the API would refuse.
 */
export const createEventsSchema: Migration = {
  async up(db: Kysely<unknown>) {
    // IMMUTABLE, so that check constraints may call it (a check cannot hold a subquery itself).
    await sql`
      create function text_array_is_distinct(items text[]) returns boolean
      language sql immutable strict as $$ select count(distinct item) = count(item) from unnest(items) as item $$
    `.execute(db);

    await sql`
      create table events (
        id uuid primary key,
        title text not null check (length(title) between 1 and 200),
        title_search text not null,
        description text check (description is null or length(description) <= 5000),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        timezone text not null check (length(timezone) between 1 and 64),
        organiser_id uuid not null,
        status text not null default 'draft' check (status in ('draft', 'ready', 'live', 'ended')),
        template_id uuid,
        version integer not null default 1 check (version >= 1),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint events_ends_after_start check (ends_at > starts_at)
      )
    `.execute(db);
    await sql`create index events_starts_at_id_idx on events (starts_at, id)`.execute(db);
    await sql`create index events_organiser_idx on events (organiser_id)`.execute(db);

    await sql`
      create table channels (
        id uuid primary key,
        event_id uuid not null references events (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        source_language text not null check (length(source_language) between 2 and 35),
        target_languages text[] not null default '{}',
        position bigint generated always as identity,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint channels_id_event_key unique (id, event_id),
        constraint channels_targets_distinct check (text_array_is_distinct(target_languages)),
        constraint channels_targets_exclude_source check (not (source_language = any (target_languages))),
        constraint channels_targets_count check (cardinality(target_languages) <= 20)
      )
    `.execute(db);
    await sql`create unique index channels_event_name_key on channels (event_id, lower(name))`.execute(db);

    await sql`
      create table channel_speakers (
        channel_id uuid not null,
        event_id uuid not null,
        user_id uuid not null,
        assigned_at timestamptz not null default now(),
        assigned_by text not null check (length(assigned_by) between 1 and 255),
        position bigint generated always as identity,
        primary key (channel_id, user_id),
        -- The event id is kept beside the channel's so "events where I speak" needs no join, and the
        -- composite key makes sure it is the channel's own event.
        foreign key (channel_id, event_id) references channels (id, event_id) on delete cascade
      )
    `.execute(db);
    await sql`create index channel_speakers_user_idx on channel_speakers (user_id, event_id)`.execute(db);
    await sql`create index channel_speakers_event_idx on channel_speakers (event_id)`.execute(db);

    await sql`
      create table event_listeners (
        event_id uuid not null references events (id) on delete cascade,
        user_id uuid not null,
        assigned_at timestamptz not null default now(),
        assigned_by text not null check (length(assigned_by) between 1 and 255),
        primary key (event_id, user_id)
      )
    `.execute(db);
    await sql`create index event_listeners_user_idx on event_listeners (user_id, event_id)`.execute(db);

    await sql`
      create table templates (
        id uuid primary key,
        name text not null check (length(name) between 1 and 200),
        name_search text not null,
        description text check (description is null or length(description) <= 5000),
        channels jsonb not null default '[]' check (jsonb_typeof(channels) = 'array' and jsonb_array_length(channels) <= 20),
        created_by text not null check (length(created_by) between 1 and 255),
        version integer not null default 1 check (version >= 1),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )
    `.execute(db);
    await sql`create unique index templates_name_key on templates (lower(name))`.execute(db);

    await sql`
      create table session_records (
        id uuid primary key,
        event_id uuid not null references events (id) on delete cascade,
        -- No foreign key: a record keeps its channel id after the channel is deleted.
        channel_id uuid not null,
        mode text not null check (mode in ('websocket', 'livekit')),
        started_at timestamptz not null,
        ended_at timestamptz not null,
        segment_count integer not null check (segment_count >= 0),
        listeners_peak integer not null check (listeners_peak >= 0),
        recording_url text check (recording_url is null or length(recording_url) <= 2048),
        transcripts jsonb not null default '[]' check (jsonb_typeof(transcripts) = 'array'),
        written_by text not null check (length(written_by) between 1 and 255),
        created_at timestamptz not null default now(),
        constraint session_records_ends_after_start check (ended_at >= started_at)
      )
    `.execute(db);
    await sql`create index session_records_event_idx on session_records (event_id, started_at, id)`.execute(db);

    // The life cycle: draft → ready → live → ended, and ready → draft; only draft and ended events
    // may be deleted. SQLSTATE 23514 (check_violation), as for the other rules.
    await sql`
      create function events_guard_life_cycle() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status in ('ready', 'live') then
            raise exception 'event % is %; only draft and ended events can be deleted', old.id, old.status using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if new.status <> old.status and not (
          (old.status = 'draft' and new.status = 'ready')
          or (old.status = 'ready' and new.status in ('draft', 'live'))
          or (old.status = 'live' and new.status = 'ended')
        ) then
          raise exception 'event % cannot move from % to %', old.id, old.status, new.status using errcode = 'check_violation';
        end if;
        return new;
      end
      $$
    `.execute(db);
    await sql`create trigger events_life_cycle before update of status or delete on events for each row execute function events_guard_life_cycle()`.execute(
      db,
    );

    // Channels and languages are frozen once the event is live. A cascade from deleting the event
    // finds no event any more, and passes.
    await sql`
      create function channels_guard_frozen() returns trigger language plpgsql as $$
      declare
        event_status text;
      begin
        select status into event_status from events where id = coalesce(new.event_id, old.event_id);
        if event_status in ('live', 'ended') then
          raise exception 'the channels of event % are frozen while it is %', coalesce(new.event_id, old.event_id), event_status using errcode = 'check_violation';
        end if;
        return coalesce(new, old);
      end
      $$
    `.execute(db);
    await sql`
      create trigger channels_frozen before insert or delete or update of name, source_language, target_languages, event_id on channels
      for each row execute function channels_guard_frozen()
    `.execute(db);

    // Speakers may change while live (a substitute), never once the event has ended.
    await sql`
      create function channel_speakers_guard_ended() returns trigger language plpgsql as $$
      declare
        event_status text;
      begin
        select status into event_status from events where id = coalesce(new.event_id, old.event_id);
        if event_status = 'ended' then
          raise exception 'the speakers of event % are frozen: it has ended', coalesce(new.event_id, old.event_id) using errcode = 'check_violation';
        end if;
        return coalesce(new, old);
      end
      $$
    `.execute(db);
    await sql`create trigger channel_speakers_ended before insert or delete on channel_speakers for each row execute function channel_speakers_guard_ended()`.execute(
      db,
    );
  },
};
