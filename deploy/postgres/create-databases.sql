-- Run once by the postgres image on an empty data volume: one database per service that keeps data.
CREATE DATABASE ilenia_auth;
CREATE DATABASE ilenia_events;
CREATE DATABASE ilenia_live_event;
CREATE DATABASE ilenia_live_service;
