// Every signup is a duplicate here, answered as RFC 9457 problem details.
export async function POST(request) {
  const { email } = await request.json()
  return Response.json(
    {
      type: 'https://example.com/probs/user-exists',
      title: 'Already registered',
      code: 'user_exists',
      field: 'email',
      value: email,
    },
    { status: 409, headers: { 'content-type': 'application/problem+json' } },
  )
}
