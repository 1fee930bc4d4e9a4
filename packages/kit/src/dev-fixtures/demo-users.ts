/**
 * The demo users the auth service seeds in development (NODE_ENV=development, empty database). Their
 * ids are fixed because the events service seeds a demo event whose speakers and listeners are these
 * users; import them from here rather than copying them.
 */
export const demoUserIds = {
  admin: '00000000-0000-4000-8000-000000000001',
  manager: '00000000-0000-4000-8000-000000000002',
  speaker1: '00000000-0000-4000-8000-000000000003',
  speaker2: '00000000-0000-4000-8000-000000000004',
  listener1: '00000000-0000-4000-8000-000000000005',
  listener2: '00000000-0000-4000-8000-000000000006',
} as const;

/** The password of every demo user. Development only: it is printed at first start and never used elsewhere. */
export const demoPassword = 'ilenia-demo-2026';

export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  role: 'admin' | 'manager' | 'speaker' | 'listener';
}

export const demoUsers: readonly DemoUser[] = [
  { id: demoUserIds.admin, email: 'admin@ilenia.dev', displayName: 'Ada Admin', role: 'admin' },
  { id: demoUserIds.manager, email: 'manager@ilenia.dev', displayName: 'María Manager', role: 'manager' },
  { id: demoUserIds.speaker1, email: 'speaker1@ilenia.dev', displayName: 'Sam Speaker', role: 'speaker' },
  { id: demoUserIds.speaker2, email: 'speaker2@ilenia.dev', displayName: 'Sofía Speaker', role: 'speaker' },
  { id: demoUserIds.listener1, email: 'listener1@ilenia.dev', displayName: 'Lena Listener', role: 'listener' },
  { id: demoUserIds.listener2, email: 'listener2@ilenia.dev', displayName: 'Luis Listener', role: 'listener' },
];
