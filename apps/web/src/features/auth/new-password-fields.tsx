import { Field } from '../../components/ui/field.tsx';

/** What a form binds to one field (name, value, errors, onChange). */
type TextProps = Omit<Parameters<typeof Field>[0], 'label'>;

/** A new password and its repetition, with the browser's password-manager hints. */
export function NewPasswordFields(props: {
  label: string;
  hint: string;
  password: TextProps;
  confirm: TextProps;
}) {
  return (
    <>
      <Field
        label={props.label}
        type="password"
        autoComplete="new-password"
        hint={props.hint}
        {...props.password}
      />
      <Field
        label={`Repeat the ${props.label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        {...props.confirm}
      />
    </>
  );
}
