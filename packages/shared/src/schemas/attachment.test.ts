import { describe, expect, it } from 'vitest';
import { isInlineImage } from '../attachment-types.ts';
import { toAttachmentDto } from './attachment.ts';

const facts = {
  id: '0b6f2f8e-6c1c-4a3b-9a57-2f1f5d0e9c11',
  filename: 'card.jpg',
  contentType: 'image/jpeg',
  size: 2048,
};

describe('attachment DTO', () => {
  it('links the thumbnail only once one exists', () => {
    expect(toAttachmentDto({ ...facts, hasThumbnail: false })).toEqual({
      ...facts,
      url: `/files/v1/attachments/${facts.id}`,
    });
    expect(toAttachmentDto({ ...facts, hasThumbnail: true }).thumbnailUrl).toBe(
      `/files/v1/attachments/${facts.id}/thumbnail`,
    );
  });

  it('lets only raster images display inline, never SVG or HTML', () => {
    expect(
      ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'].map(isInlineImage),
    ).toEqual([true, true, true, true, true]);
    expect(['image/svg+xml', 'text/html', 'application/pdf', ''].map(isInlineImage)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
