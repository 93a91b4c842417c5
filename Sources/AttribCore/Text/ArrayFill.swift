/// Arrays of one repeated value, made without `Array(repeating:count:)`: on this toolchain
/// that initializer asks the runtime for the array's storage type on every call (some
/// 600 instructions, more than filling a sentence's array), where growing an array by
/// `reserveCapacity` uses code specialized in this module.
enum ArrayFill {
  @inline(__always) static func make<T>(_ count: Int, _ value: T) -> [T] {
    var array: [T] = []
    array.reserveCapacity(count)
    array.append(contentsOf: repeatElement(value, count: count))
    return array
  }
}
