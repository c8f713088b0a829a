export { StoryCopies } from './StoryCopies'
export { ClusterCopiesToggle } from './ClusterCopiesToggle'
