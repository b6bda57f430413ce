// Every test file sees the shared test databases without importing them itself.
@_exported import StoreTestSupport
