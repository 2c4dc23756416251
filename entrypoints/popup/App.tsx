export function App() {
  return (
    <main>
      <h1>HTTP Status Lens</h1>
    </main>
  );
}
