// The "Network plugin" setting: calico and cilium enforce NetworkPolicy, flannel does not (the
// engine's `cni` setting; it then warns that policies have no effect).
import { selectCni, selectSetSetting } from '../../state/selectors';
import { useStore } from '../../state/store';
import { TID } from '../testIds';

const PLUGINS = [
  { value: 'calico', label: 'Calico' },
  { value: 'cilium', label: 'Cilium' },
  { value: 'flannel', label: 'Flannel (ignores policy)' },
];

/** A labelled select bound to settings.cni. */
export function CniSelect() {
  const cni = useStore(selectCni) ?? 'calico';
  const setSetting = useStore(selectSetSetting);
  return (
    <span className="header-field">
      <label htmlFor="cni-select">Network plugin</label>
      <select
        id="cni-select"
        value={cni}
        data-testid={TID.cniSelect}
        onChange={(e) => setSetting('cni', e.target.value)}
      >
        {PLUGINS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </span>
  );
}
