import { useSaffron } from '@saffron/client/react';
import { APPS, ZAdminCreateUserInput, type TAppName } from '@saffron/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { Field, controlClass } from '../../components/ui/field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useZodForm } from '../../lib/use-zod-form.ts';
import { AppAccessFields } from './app-access-fields.tsx';

export function CreateUserForm() {
  const saffron = useSaffron();
  const queryClient = useQueryClient();
  const toast = useToast();
  const empty = {
    username: '',
    password: '',
    role: 'user' as const,
    apps: [...APPS] as TAppName[],
  };
  const form = useZodForm(ZAdminCreateUserInput, empty);
  const create = useMutation(
    saffron.admin.users.create.mutationOptions({
      onSuccess: async (user) => {
        form.setValues(empty);
        toast({ tone: 'success', message: `Created ${user.username}.` });
        await queryClient.invalidateQueries({ queryKey: saffron.admin.users.list.queryKey() });
      },
      onError: form.showServerErrors,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (input) create.mutate(input);
  };
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-2">
      <Field label="Username" autoComplete="off" autoCapitalize="none" {...form.text('username')} />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. Share it safely."
        {...form.text('password')}
      />
      <div className="space-y-1">
        <label htmlFor="new-user-role" className="block text-sm font-medium">
          Role
        </label>
        <select
          id="new-user-role"
          value={form.values.role}
          onChange={(event) => form.set('role', event.target.value as 'user' | 'admin')}
          className={controlClass()}
        >
          <option value="user">Member</option>
          <option value="admin">Administrator</option>
        </select>
      </div>
      <AppAccessFields
        value={form.values.apps ?? []}
        onChange={(apps) => form.set('apps', apps)}
        errors={form.errors.apps}
      />
      <div className="md:col-span-2">
        <Button type="submit" busy={create.isPending}>
          Create user
        </Button>
      </div>
    </form>
  );
}
