import { Container, Heading, Link } from '@goteborgsstad/react';

export default function About() {
  return (
    <Container as="main">
      <Heading level={1} data-testid="about">
        Om tjänsten
      </Heading>
      <Link href="/" data-testid="home">
        Till startsidan
      </Link>
    </Container>
  );
}
