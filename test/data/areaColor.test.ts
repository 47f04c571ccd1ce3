import { describe, expect, it } from 'vitest';
import { areaColors, SERIES_COLORS } from '../../renderer/domain/figures/areaColors';
import { updateArea } from '../../renderer/data/repositories/masterData';
import { freshDb, idsOf } from './helpers';

describe('area colour', () => {
  it('is stored with the area, refused when not a colour, and used by the charts', async () => {
    const db = await freshDb();
    const { area } = await idsOf(db);
    const id = area('building-yards');
    const before = (await db.areas.get(id))!;
    expect(before.color).toBeUndefined();
    // Without a colour the charts take the palette colour of the area's position.
    const sorted = (await db.areas.toArray()).sort((a, b) => a.order - b.order);
    expect(areaColors(sorted).get(id)).toBe(SERIES_COLORS[sorted.findIndex((a) => a.id === id) % SERIES_COLORS.length]);

    await expect(updateArea(db, id, { name: before.name, description: before.description, color: 'rot' })).rejects.toThrow(
      'Bitte eine Farbe im Format #RRGGBB wählen',
    );
    expect((await db.areas.get(id))!.color).toBeUndefined();

    await updateArea(db, id, { name: before.name, description: before.description, color: '#CC79A7' });
    expect(areaColors(await db.areas.toArray()).get(id)).toBe('#CC79A7');
    await updateArea(db, id, { name: before.name, description: before.description, color: null });
    expect(areaColors(await db.areas.toArray()).get(id)).toBe(SERIES_COLORS[sorted.findIndex((a) => a.id === id) % SERIES_COLORS.length]);
  });
});
