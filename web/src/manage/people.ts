/** The auth service's people directory (`GET /v2/people`): search by text, names by id. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../api/clients.js';
import { unwrap, type Person } from '../api/sdk.js';

/** People whose name or email contains `text` (after a short pause in typing), or none for short text. */
export function usePeopleSearch(text: string) {
  const { auth } = useApi();
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  return useQuery({
    queryKey: ['people', 'search', settled],
    enabled: settled.length >= 2,
    retry: false,
    placeholderData: (previous) => previous,
    queryFn: async () => (await unwrap(auth.searchPeople({ params: { query: { q: settled, limit: 20 } } }))).items,
  });
}

/** The people with these ids, by id (ids the directory does not know are absent). */
export function usePeopleByIds(ids: readonly string[]) {
  const { auth } = useApi();
  const sorted = [...new Set(ids)].sort();
  return useQuery({
    queryKey: ['people', 'ids', sorted],
    enabled: sorted.length > 0,
    retry: false,
    // Adding someone keeps the names already shown while the new list is read.
    placeholderData: (previous) => previous,
    staleTime: 60_000,
    queryFn: async () => {
      const found = new Map<string, Person>();
      for (let index = 0; index < sorted.length; index += 100) {
        const page = await unwrap(auth.searchPeople({ params: { query: { id: sorted.slice(index, index + 100), limit: 100 } } }));
        for (const person of page.items) found.set(person.id, person);
      }
      return found;
    },
  });
}
