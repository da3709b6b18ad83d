import { useSaffron } from '@saffron/client/react';
import { ZPassword } from '@saffron/shared';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { z } from 'zod';
import { Button } from '../../components/ui/button.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { Field } from '../../components/ui/field.tsx';
import { useToast } from '../../components/ui/toast.tsx';
import { useZodForm } from '../../lib/use-zod-form.ts';

const ZReset = z.object({ password: ZPassword });

export function ResetPasswordDialog({
  user,
  open,
  onClose,
}: {
  user: { id: string; username: string };
  open: boolean;
  onClose: () => void;
}) {
  const saffron = useSaffron();
  const toast = useToast();
  const form = useZodForm(ZReset, { password: '' });
  const reset = useMutation(
    saffron.admin.users.update.mutationOptions({
      onSuccess: () => {
        toast({
          tone: 'success',
          message: `New password set; ${user.username} is signed out everywhere.`,
        });
        form.setValues({ password: '' });
        onClose();
      },
      onError: form.showServerErrors,
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = form.validate();
    if (input) reset.mutate({ id: user.id, password: input.password });
  };
  return (
    <Dialog open={open} title={`Reset the password of ${user.username}`} onClose={onClose}>
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          autoFocus
          {...form.text('password')}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" busy={reset.isPending}>
            Set password
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
