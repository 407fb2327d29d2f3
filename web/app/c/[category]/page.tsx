import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Listing } from '@/components/listing/listing';
import { readChoices } from '@/components/listing/params';
import { rscQuery } from '@/lib/apollo-rsc';
import { graphql } from '@/lib/gql';

const CategoryQuery = graphql(`
  query CategoryPage($slug: String!) {
    category(slug: $slug) { id slug name }
  }
`);

type Props = { params: Promise<{ category: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(slug: string) {
  const { data } = await rscQuery({ query: CategoryQuery, variables: { slug } });
  return data?.category ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await load((await params).category).catch(() => null);
  return { title: category?.name ?? 'Category' };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const slug = (await params).category;
  const category = await load(slug);
  if (!category) notFound();
  return <Listing path={`/c/${category.slug}`} category={category.slug} choices={readChoices(await searchParams)} heading={category.name} />;
}
