// Firefox's consent to the data a report carries (the add-on declares these data_collection_permissions
// as optional in its manifest); Chrome has no such permission, so there is nothing to ask.
import { browser } from 'wxt/browser';

interface DataCollectionPermissions {
  request(permissions: { data_collection: string[] }): Promise<boolean>;
}

/**
 * Must be called straight from the click or submit that turns reports on: Firefox shows its prompt
 * only during a user action. A report carries a failed site's domain (browsing activity), the
 * browser and its version (technical), and a country only if the person declared one (location).
 */
export function askDataCollection(withCountry: boolean): Promise<boolean> {
  if (import.meta.env.BROWSER !== 'firefox') return Promise.resolve(true);
  const permissions = browser.permissions as unknown as DataCollectionPermissions;
  const wanted = ['browsingActivity', 'technicalAndInteraction', ...(withCountry ? ['locationInfo'] : [])];
  return permissions.request({ data_collection: wanted });
}
