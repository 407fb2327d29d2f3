import { topic, type CallOptions, type ServiceClient } from '@zero/service';
import { RecordRegisteredNameDocument } from '../__generated__/users.operations';

/** Outbox topics of the auth subgraph, with their payloads. */
export const Topic = {
  /** An account was registered with a name: it becomes the profile's name in the users subgraph. */
  REGISTERED_NAME: topic<{ userId: string; firstName: string; lastName: string | null }>('account.registeredName'),
};

/** What the auth subgraph asks of the users subgraph (the operations are in users.operations.graphql). */
export class UsersClient {
  constructor(private readonly users: ServiceClient) {}

  /** Gives a new account's profile the name it registered with (idempotent: a name the user set meanwhile stays). */
  async recordRegisteredName(userId: string, firstName: string, lastName: string | null, call: CallOptions = {}): Promise<void> {
    await this.users.request(RecordRegisteredNameDocument, { userId, firstName, lastName }, call);
  }
}
