import { vodErrorResponse } from 'vod-error-kit/server';
import { describeMedia } from '../../../../lib/vod-client';

/** A route handler: the SDK's answer, or its failure relayed with the provider's status. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  try {
    return Response.json(await describeMedia(fileId));
  } catch (err) {
    return vodErrorResponse(err);
  }
}
