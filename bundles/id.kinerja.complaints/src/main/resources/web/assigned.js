// Pengaduan untuk saya: the complaints a staff member is responsible for (start, answer, notes).
import { renderList } from './queue.js';
import { renderComplaint } from './complaint.js';

export async function render(element, app) {
  if (app.path) {
    await renderComplaint(element, app, app.path, false, 'pengaduan-saya');
    return;
  }
  await renderList(element, app, 'pengaduan-saya', '/complaints/assigned', 'assignedTitle', 'assignedEmpty');
}
