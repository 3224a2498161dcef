//! .NET's `Array.Sort` for values compared by their default comparer
//! (`GenericArraySortHelper<T>`): an introsort that is not stable, followed step by step so
//! that elements which compare equal but print differently (`-0.0`, `0.0`) end where .NET puts
//! them. `less(a, b)` is `a.CompareTo(b) < 0`.

type Less<'a> = &'a dyn Fn(u64, u64) -> bool;

const INTROSORT_SIZE_THRESHOLD: usize = 16;

pub(crate) fn sort(keys: &mut [u64], less: Less) {
    if keys.len() > 1 {
        let log2 = usize::BITS - 1 - keys.len().leading_zeros();
        intro_sort(keys, 2 * (log2 as usize + 1), less);
    }
}

fn swap_if_greater(keys: &mut [u64], i: usize, j: usize, less: Less) {
    if less(keys[j], keys[i]) {
        keys.swap(i, j);
    }
}

fn intro_sort(keys: &mut [u64], mut depth_limit: usize, less: Less) {
    let mut partition_size = keys.len();
    while partition_size > 1 {
        if partition_size <= INTROSORT_SIZE_THRESHOLD {
            match partition_size {
                2 => swap_if_greater(keys, 0, 1, less),
                3 => {
                    swap_if_greater(keys, 0, 1, less);
                    swap_if_greater(keys, 0, 2, less);
                    swap_if_greater(keys, 1, 2, less);
                }
                _ => insertion_sort(&mut keys[..partition_size], less),
            }
            return;
        }
        if depth_limit == 0 {
            heap_sort(&mut keys[..partition_size], less);
            return;
        }
        depth_limit -= 1;
        let p = pick_pivot_and_partition(&mut keys[..partition_size], less);
        intro_sort(&mut keys[p + 1..partition_size], depth_limit, less);
        partition_size = p;
    }
}

fn pick_pivot_and_partition(keys: &mut [u64], less: Less) -> usize {
    let hi = keys.len() - 1;
    let middle = hi >> 1;
    swap_if_greater(keys, 0, middle, less);
    swap_if_greater(keys, 0, hi, less);
    swap_if_greater(keys, middle, hi, less);
    let next_to_last = hi - 1;
    let pivot = keys[middle];
    keys.swap(middle, next_to_last);
    let (mut left, mut right) = (0, next_to_last);
    while left < right {
        loop {
            if left >= next_to_last {
                break;
            }
            left += 1;
            if !less(keys[left], pivot) {
                break;
            }
        }
        loop {
            if right == 0 {
                break;
            }
            right -= 1;
            if !less(pivot, keys[right]) {
                break;
            }
        }
        if left >= right {
            break;
        }
        keys.swap(left, right);
    }
    if left != next_to_last {
        keys.swap(left, next_to_last);
    }
    left
}

fn heap_sort(keys: &mut [u64], less: Less) {
    let n = keys.len();
    for i in (1..=n >> 1).rev() {
        down_heap(keys, i, n, less);
    }
    for i in (2..=n).rev() {
        keys.swap(0, i - 1);
        down_heap(keys, 1, i - 1, less);
    }
}

fn down_heap(keys: &mut [u64], mut i: usize, n: usize, less: Less) {
    let d = keys[i - 1];
    while i <= n >> 1 {
        let mut child = 2 * i;
        if child < n && less(keys[child - 1], keys[child]) {
            child += 1;
        }
        if !less(d, keys[child - 1]) {
            break;
        }
        keys[i - 1] = keys[child - 1];
        i = child;
    }
    keys[i - 1] = d;
}

fn insertion_sort(keys: &mut [u64], less: Less) {
    for i in 0..keys.len() - 1 {
        let t = keys[i + 1];
        let mut j = i as isize;
        while j >= 0 && less(t, keys[j as usize]) {
            keys[j as usize + 1] = keys[j as usize];
            j -= 1;
        }
        keys[(j + 1) as usize] = t;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_a_sort() {
        let mut seed = 12345u64;
        for len in [0, 1, 2, 3, 5, 16, 17, 40, 200, 1000] {
            let mut v: Vec<u64> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (seed >> 33) % 50
                })
                .collect();
            let mut want = v.clone();
            want.sort();
            sort(&mut v, &|a, b| a < b);
            assert_eq!(v, want, "length {len}");
        }
    }

    #[test]
    fn sorted_and_reversed_inputs_take_the_heap_sort_path_correctly() {
        let mut v: Vec<u64> = (0..300).rev().collect();
        sort(&mut v, &|a, b| a < b);
        assert!(v.windows(2).all(|w| w[0] <= w[1]));
    }
}
