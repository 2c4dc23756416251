export function App() {
  return (
    <main>
      <h1>Status Lens</h1>
    </main>
  );
}
