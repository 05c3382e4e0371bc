import { EMPTY_WORK, type Work } from "./work";

/**
 * Keeps the editor's work in IndexedDB (database "zeitkarte-author", store "work", key
 * "current"), so nothing accepted is lost on reload or offline. Errors (private mode, quota)
 * are returned as messages, never thrown: the page keeps working without persistence.
 */
const DB = "zeitkarte-author";
const STORE = "work";
const KEY = "current";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function loadWork(): Promise<Work> {
  try {
    const db = await open();
    const value = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction(STORE, "readonly").objectStore(STORE).get(KEY);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return value && typeof value === "object" ? { ...EMPTY_WORK, ...(value as Partial<Work>) } : EMPTY_WORK;
  } catch {
    return EMPTY_WORK;
  }
}

/** Resolves to undefined when saved, else to the reason. */
export async function saveWork(work: Work): Promise<string | undefined> {
  try {
    const db = await open();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, "readwrite");
      tx.objectStore(STORE).put(work, KEY);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return undefined;
  } catch (error) {
    return String(error);
  }
}
