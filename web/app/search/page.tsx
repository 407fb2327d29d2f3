import type { Metadata } from 'next';
import { Listing } from '@/components/listing/listing';
import { readChoices } from '@/components/listing/params';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = readChoices(await searchParams);
  return { title: q ? `Search: ${q}` : 'All products' };
}

export default async function SearchPage({ searchParams }: Props) {
  const choices = readChoices(await searchParams);
  return <Listing path="/search" choices={choices} heading={choices.q ? `Results for “${choices.q}”` : 'All products'} />;
}
